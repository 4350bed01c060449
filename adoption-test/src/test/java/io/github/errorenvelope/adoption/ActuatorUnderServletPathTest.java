package io.github.errorenvelope.adoption;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.adoption.Wrapping.assertNotWrapped;
import static io.github.errorenvelope.adoption.Wrapping.assertWrapped;

/**
 * {@code success-envelope} with the {@code DispatcherServlet} under a servlet path
 * ({@code spring.mvc.servlet.path=/svc}) as well as the context path: Actuator is not
 * wrapped, the service's endpoints are.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "spring.mvc.servlet.path=/svc" })
class ActuatorUnderServletPathTest {

	@LocalServerPort
	int port;

	@Test
	void healthIsNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/petclinic/svc/manage/health"), "status");
	}

	@Test
	void actuatorLinksAreNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/petclinic/svc/manage"), "_links");
	}

	@Test
	void theServicesOwnEndpointsAreWrapped() {
		assertWrapped(new Http(this.port).get("/petclinic/svc/api/owners/1", "Authorization", Http.VET));
	}

}
