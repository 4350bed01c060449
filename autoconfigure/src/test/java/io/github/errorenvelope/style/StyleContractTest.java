package io.github.errorenvelope.style;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins a style's exact JSON, over real HTTP, for the two errors every style must render:
 * a validation error with two nested fields, and a coded domain error with a detail
 * member.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class StyleContractTest {

	static final String REQUEST_ID = "req-123";

	static final String JOINED = "name: ensure this value has at most 50 characters. "
			+ "parameters.credentials.access_key: field required.";

	static final String TOO_LONG = "x".repeat(60);

	@LocalServerPort
	int port;

	abstract String expectedValidationBody();

	abstract String expectedDomainBody();

	String expectedContentType() {
		return "application/json";
	}

	@Test
	void validationErrorWithTwoNestedFields() {
		HttpResponse<String> response = new Http(this.port).postJson("/jobs",
				"{\"name\":\"" + TOO_LONG + "\",\"parameters\":{\"credentials\":{}}}", "x-request-id", REQUEST_ID);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(expectedContentType());
		assertThat(response.headers().firstValue("x-request-id")).hasValue(REQUEST_ID);
		assertThat(Json.normalize(response.body())).isEqualTo(Json.normalize(expectedValidationBody()));
	}

	@Test
	void codedDomainError() {
		HttpResponse<String> response = new Http(this.port).get("/products/42", "x-request-id", REQUEST_ID);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(expectedContentType());
		assertThat(response.headers().firstValue("x-request-id")).hasValue(REQUEST_ID);
		assertThat(Json.normalize(response.body())).isEqualTo(Json.normalize(expectedDomainBody()));
	}

	@Test
	void bodyIsJsonWhateverTheAcceptHeaderSays() {
		HttpResponse<String> response = new Http(this.port).get("/products/42", "x-request-id", REQUEST_ID, "Accept",
				"text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(expectedContentType());
		assertThat(Json.normalize(response.body())).isEqualTo(Json.normalize(expectedDomainBody()));
	}

}
