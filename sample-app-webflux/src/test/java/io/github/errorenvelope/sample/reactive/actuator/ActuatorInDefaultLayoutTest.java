package io.github.errorenvelope.sample.reactive.actuator;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawHealth;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawLinks;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertWrapped;

/**
 * success-envelope on WebFlux with Actuator in its default place: the endpoints, the
 * links page and an additional health path keep Actuator's JSON; the application's
 * {@code /actuator-like/status}, whose path starts like Actuator's, is wrapped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.liveness.additional-path=server:/livez" })
class ActuatorInDefaultLayoutTest {

	@LocalServerPort
	int port;

	@Test
	void actuatorKeepsItsOwnJson() {
		assertRawHealth(this.port, "/actuator/health");
		assertRawHealth(this.port, "/actuator/health/liveness");
		assertRawHealth(this.port, "/livez");
		assertRawLinks(this.port, "/actuator");
	}

	@Test
	void applicationEndpointsAreWrapped() {
		assertWrapped(this.port, "/actuator-like/status");
		assertWrapped(this.port, "/orders/1");
	}

}
