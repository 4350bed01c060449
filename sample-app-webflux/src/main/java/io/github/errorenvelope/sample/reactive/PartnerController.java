package io.github.errorenvelope.sample.reactive;

import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner feed behind {@link PartnerKeyFilter}. */
@RestController
public class PartnerController {

	@GetMapping("/partner/feed")
	public Flux<String> feed() {
		return Flux.fromIterable(List.of("order-1", "order-2"));
	}

}
