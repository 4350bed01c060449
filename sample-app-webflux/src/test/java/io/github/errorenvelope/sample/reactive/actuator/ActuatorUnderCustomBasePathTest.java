package io.github.errorenvelope.sample.reactive.actuator;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawHealth;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawLinks;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertWrapped;

/**
 * success-envelope on WebFlux with {@code management.endpoints.web.base-path=/manage}:
 * Actuator is recognised by its handlers, not by a path, so it stays unwrapped there, and
 * the application's {@code /actuator-like/status} is wrapped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "management.endpoints.web.base-path=/manage" })
class ActuatorUnderCustomBasePathTest {

	@LocalServerPort
	int port;

	@Test
	void actuatorUnderItsBasePathKeepsItsOwnJson() {
		assertRawHealth(this.port, "/manage/health");
		assertRawLinks(this.port, "/manage");
	}

	@Test
	void applicationEndpointsAreWrapped() {
		assertWrapped(this.port, "/actuator-like/status");
	}

}
