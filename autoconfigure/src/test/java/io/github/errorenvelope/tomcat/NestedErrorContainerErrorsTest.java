package io.github.errorenvelope.tomcat;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=nested-error")
class NestedErrorContainerErrorsTest extends ContainerErrorsTest {

	@Override
	void assertEnvelope(JsonNode body, Rejected request, String requestId) {
		assertThat(fieldNames(body)).containsExactly("error", "request_id");
		assertThat(fieldNames(body.get("error"))).containsExactly("code", "message");
		assertThat(body.get("error").get("code").asString()).isEqualTo(request.code());
		assertThat(body.get("error").get("message").asString()).isEqualTo(request.message());
		assertThat(body.get("request_id").asString()).isEqualTo(requestId);
	}

}
