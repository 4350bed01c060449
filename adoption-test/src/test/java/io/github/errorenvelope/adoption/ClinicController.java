package io.github.errorenvelope.adoption;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public part of the API: open to anyone, with one admin-only operation (method
 * security).
 */
@RestController
public class ClinicController {

	@GetMapping("/api/public/hours")
	Map<String, String> hours() {
		return Map.of("weekdays", "08:00-18:00");
	}

	@PutMapping("/api/public/hours")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, String> changeHours() {
		return Map.of("weekdays", "09:00-17:00");
	}

}
