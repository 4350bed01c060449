package io.github.errorenvelope.sample.reactive;

import java.security.Principal;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's account; purging it is for admins only (reactive method security).
 */
@RestController
public class AccountController {

	@GetMapping("/account")
	public Mono<Map<String, String>> account(Mono<Principal> principal) {
		return principal.map((user) -> Map.of("user", user.getName()));
	}

	@PostMapping("/account/purge")
	@PreAuthorize("hasRole('ADMIN')")
	public Mono<Map<String, String>> purge() {
		return Mono.just(Map.of("purged", "true"));
	}

}
