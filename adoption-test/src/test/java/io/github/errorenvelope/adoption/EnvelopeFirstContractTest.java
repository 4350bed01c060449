package io.github.errorenvelope.adoption;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.precedence=envelope-first} in the existing service: Spring MVC,
 * Spring Security, Bean Validation and {@code @ErrorCode} exceptions get the envelope
 * ahead of the application's {@code Exception} catch-all, while its handler for its own
 * exception and its catch-all for everything else keep answering. One subclass per style.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.precedence=envelope-first")
abstract class EnvelopeFirstContractTest {

	@LocalServerPort
	int port;

	/**
	 * The envelope's code member in this style (a top-level {@code code} unless
	 * overridden).
	 */
	String codeOf(JsonNode body) {
		return body.get("code").asString();
	}

	/** A canonical code as this style writes it (as is unless overridden). */
	String code(String canonical) {
		return canonical;
	}

	/** The envelope's content type in this style. */
	String envelopeType() {
		return "application/json";
	}

	private Http http() {
		return new Http(this.port);
	}

	private void assertEnvelope(HttpResponse<String> response, int status, String canonicalCode) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(Http.contentType(response)).startsWith(envelopeType());
		assertThat(codeOf(Http.json(response))).isEqualTo(code(canonicalCode));
		assertThat(response.body()).doesNotContain(ApiExceptionHandler.UNEXPECTED.toString());
	}

	@Test
	void methodNotAllowed() {
		HttpResponse<String> response = http().send("PUT", "/petclinic/api/owners/1", null, "Authorization", Http.VET);
		assertEnvelope(response, 405, "METHOD_NOT_ALLOWED");
		assertThat(response.headers().firstValue("Allow"))
			.hasValueSatisfying(allow -> assertThat(allow).contains("GET", "DELETE"));
	}

	@Test
	void unsupportedMediaType() {
		assertEnvelope(http().send("POST", "/petclinic/api/owners", "name=Jean", "Authorization", Http.VET,
				"Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void malformedJson() {
		assertEnvelope(http().send("POST", "/petclinic/api/owners", "{\"name\":", "Authorization", Http.VET,
				"Content-Type", "application/json"), 400, "MALFORMED_REQUEST");
	}

	@Test
	void beanValidation() {
		assertEnvelope(http().send("POST", "/petclinic/api/owners", "{\"name\":\"\"}", "Authorization", Http.VET,
				"Content-Type", "application/json"), 400, "VALIDATION_ERROR");
	}

	@Test
	void typeMismatch() {
		assertEnvelope(http().get("/petclinic/api/owners?limit=many", "Authorization", Http.VET), 400,
				"VALIDATION_ERROR");
	}

	@Test
	void unknownRoute() {
		assertEnvelope(http().get("/petclinic/api/vets", "Authorization", Http.VET), 404, "NOT_FOUND");
	}

	@Test
	void preAuthorizeDenial() {
		assertEnvelope(http().send("DELETE", "/petclinic/api/owners/1", null, "Authorization", Http.VET), 403,
				"FORBIDDEN");
		assertThat(http().send("DELETE", "/petclinic/api/owners/1", null, "Authorization", Http.ADMIN).statusCode())
			.isEqualTo(204);
	}

	@Test
	void anonymousMethodSecurityDenialIsA401WithTheChallenge() {
		HttpResponse<String> response = http().send("PUT", "/petclinic/api/public/hours", null);
		assertEnvelope(response, 401, "UNAUTHORIZED");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
	}

	@Test
	void constraintViolationFromAValidatedService() {
		assertEnvelope(http().get("/petclinic/api/owners/search?lastName=x", "Authorization", Http.VET), 400,
				"VALIDATION_ERROR");
	}

	@Test
	void theStartersCodedException() {
		assertEnvelope(http().get("/petclinic/api/owners/1/visits", "Authorization", Http.VET), 503,
				"VISITS_UNAVAILABLE");
	}

	@Test
	void theApplicationsHandlerForItsOwnExceptionStillWins() {
		HttpResponse<String> response = http().get("/petclinic/api/owners/7", "Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		JsonNode body = Http.json(response);
		assertThat(body.get("type").asString()).isEqualTo(ApiExceptionHandler.OWNER_NOT_FOUND.toString());
		assertThat(body.get("title").asString()).isEqualTo("Owner not found");
		assertThat(body.has("code")).isFalse();
	}

	@Test
	void theApplicationsCatchAllStillAnswersEverythingElse() {
		HttpResponse<String> response = http().get("/petclinic/api/owners/1/pets", "Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Http.json(response).get("type").asString()).isEqualTo(ApiExceptionHandler.UNEXPECTED.toString());
		assertThat(response.body()).doesNotContain("jdbc:");
	}

}
