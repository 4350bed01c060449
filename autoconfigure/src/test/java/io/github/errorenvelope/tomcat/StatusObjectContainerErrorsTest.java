package io.github.errorenvelope.tomcat;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=status-object")
class StatusObjectContainerErrorsTest extends ContainerErrorsTest {

	/**
	 * The reference catalogue's numbers and descriptions for the codes container errors
	 * get.
	 */
	private static final Map<String, Long> NUMBERS = Map.of("MALFORMED_REQUEST", 11100L, "PAYLOAD_TOO_LARGE", 40033L);

	private static final Map<String, String> DESCRIPTIONS = Map.of("MALFORMED_REQUEST", "Bad request format",
			"PAYLOAD_TOO_LARGE", "Sorry, the request sent is larger than the allowed limit.",
			"HTTP_VERSION_NOT_SUPPORTED", "HTTP Version not supported", "NOT_IMPLEMENTED", "Not Implemented");

	@Override
	void assertEnvelope(JsonNode body, Rejected request, String requestId) {
		assertThat(fieldNames(body)).containsExactly("status");
		JsonNode status = body.get("status");
		assertThat(fieldNames(status)).containsExactly("code", "description", "details", "req_id");
		Long number = NUMBERS.get(request.code());
		if (number != null) {
			assertThat(status.get("code").isNumber()).isTrue();
			assertThat(status.get("code").asLong()).isEqualTo(number);
		}
		else {
			assertThat(status.get("code").asString()).isEqualTo(request.code());
		}
		assertThat(status.get("description").asString()).isEqualTo(DESCRIPTIONS.get(request.code()));
		assertThat(status.get("details").asString()).isEqualTo(request.message());
		assertThat(status.get("req_id").asString()).isEqualTo(requestId);
	}

}
