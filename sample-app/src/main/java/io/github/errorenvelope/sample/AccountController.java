package io.github.errorenvelope.sample;

import java.security.Principal;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Secured endpoints: 401 without credentials, 403 for the admin-only action. */
@RestController
public class AccountController {

	@GetMapping("/account")
	public Map<String, String> account(Principal principal) {
		return Map.of("user", principal.getName());
	}

	@PostMapping("/account/purge")
	@PreAuthorize("hasRole('ADMIN')")
	public Map<String, String> purge() {
		return Map.of("purged", "true");
	}

}
