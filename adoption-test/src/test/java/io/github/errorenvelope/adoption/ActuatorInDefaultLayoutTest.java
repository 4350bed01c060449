package io.github.errorenvelope.adoption;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.adoption.Wrapping.assertNotWrapped;
import static io.github.errorenvelope.adoption.Wrapping.assertWrapped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code success-envelope} with Spring Boot's default layout (no context path, Actuator
 * at {@code /actuator}): Actuator and the API docs are not wrapped, while an application
 * endpoint under {@code /actuator/} that is not an Actuator endpoint is — the decision
 * follows the handler, not the URL.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "server.servlet.context-path=",
				"management.endpoints.web.base-path=/actuator" })
class ActuatorInDefaultLayoutTest {

	@LocalServerPort
	int port;

	@Test
	void healthIsNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/actuator/health"), "status");
	}

	@Test
	void openApiDocumentIsNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/v3/api-docs"), "openapi");
	}

	@Test
	void anApplicationEndpointUnderActuatorsPathIsWrapped() {
		assertThat(assertWrapped(new Http(this.port).get("/actuator/stats")).get("owners").asInt()).isEqualTo(1);
	}

}
