package io.github.errorenvelope.tomcat;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=claid")
class ClaidContainerErrorsTest extends ContainerErrorsTest {

	@Override
	void assertEnvelope(JsonNode body, Rejected request, String requestId) {
		assertThat(fieldNames(body)).containsExactly("error_code", "error_type", "error_message", "error_details");
		assertThat(body.get("error_code").asString()).isEqualTo(request.code());
		assertThat(body.get("error_type").asString())
			.isEqualTo((request.status() >= 500) ? "server" : "invalid_request");
		assertThat(body.get("error_message").asString()).isEqualTo(request.message());
		assertThat(body.get("error_details").isObject()).isTrue();
		assertThat(body.get("error_details").isEmpty()).isTrue();
	}

}
