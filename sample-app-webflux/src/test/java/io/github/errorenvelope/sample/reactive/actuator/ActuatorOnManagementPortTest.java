package io.github.errorenvelope.sample.reactive.actuator;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawHealth;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertRawLinks;
import static io.github.errorenvelope.sample.reactive.actuator.ActuatorResponses.assertWrapped;

/**
 * success-envelope on WebFlux with Actuator on its own port (a child context whose
 * dispatcher also sees the application's result handlers): Actuator keeps its JSON there;
 * the application's endpoints on the main port are wrapped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "management.server.port=0" })
class ActuatorOnManagementPortTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void actuatorOnTheManagementPortKeepsItsOwnJson() {
		assertRawHealth(this.managementPort, "/actuator/health");
		assertRawLinks(this.managementPort, "/actuator");
	}

	@Test
	void applicationEndpointsAreWrapped() {
		assertWrapped(this.port, "/actuator-like/status");
		assertWrapped(this.port, "/orders/1");
	}

}
