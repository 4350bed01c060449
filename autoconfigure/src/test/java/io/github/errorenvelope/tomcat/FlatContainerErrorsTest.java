package io.github.errorenvelope.tomcat;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=flat")
class FlatContainerErrorsTest extends ContainerErrorsTest {

	@Override
	void assertEnvelope(JsonNode body, Rejected request, String requestId) {
		assertThat(fieldNames(body)).containsExactly("message", "type", "code", "request_id");
		assertThat(body.get("message").asString()).isEqualTo(request.message());
		assertThat(body.get("type").asString()).isEqualTo((request.status() >= 500) ? "server" : "invalid_request");
		assertThat(body.get("code").asString()).isEqualTo(request.code().toLowerCase(Locale.ROOT));
		assertThat(body.get("request_id").asString()).isEqualTo(requestId);
	}

}
