package io.github.errorenvelope.sample.reactive.actuator;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawHealth;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawLinks;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertWrapped;

/**
 * success-envelope on WebFlux with {@code spring.webflux.base-path=/api}: Actuator under
 * {@code /api/actuator} keeps its JSON, the application's endpoints under {@code /api}
 * are wrapped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "spring.webflux.base-path=/api" })
class ActuatorUnderWebFluxBasePathTest {

	@LocalServerPort
	int port;

	@Test
	void actuatorUnderTheBasePathKeepsItsOwnJson() {
		assertRawHealth(this.port, "/api/actuator/health");
		assertRawLinks(this.port, "/api/actuator");
	}

	@Test
	void applicationEndpointsAreWrapped() {
		assertWrapped(this.port, "/api/actuator-like/status");
		assertWrapped(this.port, "/api/orders/1");
	}

}
