package io.github.errorenvelope.adoption;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.adoption.Wrapping.assertNotWrapped;
import static io.github.errorenvelope.adoption.Wrapping.assertWrapped;

/**
 * {@code success-envelope} with Actuator on its own port and base path
 * ({@code management.server.port}, {@code management.server.base-path}): Actuator is not
 * wrapped there, the service's endpoints on the main port are.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"error-envelope.style=success-envelope", "management.server.port=0", "management.server.base-path=/ops" })
class ActuatorOnManagementPortTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void healthIsNotWrapped() {
		assertNotWrapped(new Http(this.managementPort).get("/ops/manage/health"), "status");
	}

	@Test
	void actuatorLinksAreNotWrapped() {
		assertNotWrapped(new Http(this.managementPort).get("/ops/manage"), "_links");
	}

	@Test
	void theServicesOwnEndpointsAreWrapped() {
		assertWrapped(new Http(this.port).get("/petclinic/api/owners/1", "Authorization", Http.VET));
	}

}
