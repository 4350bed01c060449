package io.github.errorenvelope.tomcat;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;

import io.github.errorenvelope.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=problem-detail")
class ProblemDetailContainerErrorsTest extends ContainerErrorsTest {

	@Override
	String expectedContentType() {
		return "application/problem+json";
	}

	@Override
	void assertEnvelope(JsonNode body, Rejected request, String requestId) {
		if (request.path() != null) {
			assertThat(fieldNames(body)).containsExactly("type", "title", "status", "detail", "instance", "code",
					"request_id");
			assertThat(body.get("instance").asString()).isEqualTo(request.path());
		}
		else {
			// no "instance": the path is often the very thing Tomcat rejected, so it is
			// not echoed
			assertThat(fieldNames(body)).containsExactly("type", "title", "status", "detail", "code", "request_id");
		}
		assertThat(body.get("type").asString()).isEqualTo("about:blank");
		assertThat(body.get("title").asString()).isEqualTo(HttpStatus.valueOf(request.status()).getReasonPhrase());
		assertThat(body.get("status").asInt()).isEqualTo(request.status());
		assertThat(body.get("detail").asString()).isEqualTo(request.message());
		assertThat(body.get("code").asString()).isEqualTo(request.code());
		assertThat(body.get("request_id").asString()).isEqualTo(requestId);
	}

}
