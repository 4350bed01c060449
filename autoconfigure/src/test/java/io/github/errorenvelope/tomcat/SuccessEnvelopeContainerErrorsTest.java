package io.github.errorenvelope.tomcat;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=success-envelope")
class SuccessEnvelopeContainerErrorsTest extends ContainerErrorsTest {

	@Override
	void assertEnvelope(JsonNode body, Rejected request, String requestId) {
		assertThat(fieldNames(body)).containsExactly("data", "success", "message", "errors");
		assertThat(body.get("data").isNull()).isTrue();
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("message").asString()).isEqualTo(request.message());
		JsonNode errors = body.get("errors");
		assertThat(errors.size()).isEqualTo(1);
		String code = request.code().toLowerCase(Locale.ROOT);
		assertThat(fieldNames(errors.get(0))).containsExactly(code);
		assertThat(errors.get(0).get(code).get(0).asString()).isEqualTo(request.message());
	}

}
