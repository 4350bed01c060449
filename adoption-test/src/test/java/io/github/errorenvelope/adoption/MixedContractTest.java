package io.github.errorenvelope.adoption;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter dropped in with its defaults ({@code precedence=application-first}): every
 * handler of the application keeps winning, so its {@code Exception} catch-all answers
 * framework errors with its own 500 while what never reaches it (Spring Security's 401)
 * uses the envelope — the mixed contract the startup warning points at.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class MixedContractTest {

	@LocalServerPort
	int port;

	@Test
	void theApplicationsCatchAllAnswersFrameworkErrors() {
		HttpResponse<String> response = new Http(this.port).send("PUT", "/petclinic/api/owners/1", null,
				"Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		assertThat(Http.json(response).get("type").asString()).isEqualTo(ApiExceptionHandler.UNEXPECTED.toString());
	}

	@Test
	void theApplicationsCatchAllAnswersTheStartersCodedExceptionsToo() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/api/owners/1/visits", "Authorization",
				Http.VET);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Http.json(response).get("type").asString()).isEqualTo(ApiExceptionHandler.UNEXPECTED.toString());
	}

	@Test
	void theApplicationsCatchAllAnswersConstraintViolations() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/api/owners/search?lastName=x",
				"Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Http.json(response).get("type").asString()).isEqualTo(ApiExceptionHandler.UNEXPECTED.toString());
	}

	@Test
	void whatTheCatchAllNeverSeesUsesTheEnvelope() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/api/owners/1", "x-request-id", "mixed-1");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(Http.json(response).get("error").get("code").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(Http.json(response).get("request_id").asString()).isEqualTo("mixed-1");
	}

}
