package io.github.errorenvelope.adoption;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorenvelope.adoption.Wrapping.assertNotWrapped;
import static io.github.errorenvelope.adoption.Wrapping.assertWrapped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code success-envelope} in the service as it is laid out: context path
 * {@code /petclinic}, Actuator at {@code /manage}, an additional health path on the main
 * server, springdoc. Actuator and the API documentation keep their own JSON; the
 * service's endpoints are wrapped — also one whose path starts with {@code /actuator},
 * which here is not Actuator.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=success-envelope")
class ActuatorUnderContextPathTest {

	@LocalServerPort
	int port;

	@Test
	void healthIsNotWrapped() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/manage/health");
		assertThat(assertNotWrapped(response, "status").get("status").asString()).isEqualTo("UP");
		assertThat(Http.contentType(response)).contains("actuator");
	}

	@Test
	void actuatorLinksAreNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/petclinic/manage"), "_links");
	}

	@Test
	void additionalHealthPathOnTheMainServerIsNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/petclinic/livez"), "status");
	}

	@Test
	void openApiDocumentIsNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/petclinic/v3/api-docs"), "openapi");
	}

	@Test
	void swaggerUiConfigurationIsNotWrapped() {
		assertNotWrapped(new Http(this.port).get("/petclinic/v3/api-docs/swagger-config"), "configUrl");
	}

	@Test
	void swaggerUiPageIsServedAsIs() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/swagger-ui/index.html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html").doesNotContain("\"success\"");
	}

	@Test
	void theServicesOwnEndpointsAreWrapped() {
		assertThat(
				assertWrapped(new Http(this.port).get("/petclinic/api/owners/1", "Authorization", Http.VET)).get("name")
					.asString())
			.isEqualTo("George Franklin");
	}

	@Test
	void anApplicationEndpointUnderAnActuatorLookingPathIsWrapped() {
		assertThat(assertWrapped(new Http(this.port).get("/petclinic/actuator/stats")).get("owners").asInt())
			.isEqualTo(1);
	}

}
