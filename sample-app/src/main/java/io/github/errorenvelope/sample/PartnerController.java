package io.github.errorenvelope.sample;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner feed, guarded by {@link PartnerKeyFilter}. */
@RestController
public class PartnerController {

	@GetMapping("/partner/feed")
	public List<String> feed() {
		return List.of("order-1", "order-2");
	}

}
