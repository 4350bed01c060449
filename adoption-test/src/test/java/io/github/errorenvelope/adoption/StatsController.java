package io.github.errorenvelope.adoption;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application endpoint whose path looks like Actuator's default base path but is not
 * Actuator (this service moved Actuator to {@code /manage}): success-envelope wraps it
 * like any other.
 */
@RestController
public class StatsController {

	@GetMapping("/actuator/stats")
	Map<String, Integer> stats() {
		return Map.of("owners", 1);
	}

}
