package io.github.errorenvelope.sample;

import java.util.List;

import io.github.errorenvelope.ThrowsErrors;
import io.github.errorenvelope.sample.PartnerKeyFilter.InvalidApiKeyException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner feed, guarded by {@link PartnerKeyFilter} (whose 401 the OpenAPI document
 * lists).
 */
@RestController
@ThrowsErrors(InvalidApiKeyException.class)
public class PartnerController {

	@GetMapping("/partner/feed")
	public List<String> feed() {
		return List.of("order-1", "order-2");
	}

}
