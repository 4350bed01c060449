package io.github.errorenvelope.sample.openapi;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The OpenAPI contract in the {@code success-envelope} style (success responses wrapped
 * too; codes are the keys of {@code errors} entries).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "error-envelope.limits.max-body-size=1KB" })
class SuccessEnvelopeOpenApiContractTest extends OpenApiContractTest {

	@Override
	String codePointer() {
		return "/errors/0";
	}

	/**
	 * A non-validation error's only entry is {@code {code: [message]}}; validation
	 * entries are keyed by field.
	 */
	@Override
	JsonNode codeOf(JsonNode body) {
		JsonNode entry = body.at(codePointer());
		for (var member : entry.properties()) {
			boolean isCode = member.getValue().isArray() && member.getValue().size() == 1
					&& member.getValue().get(0).equals(body.path("message"));
			return isCode ? JSON.getNodeFactory().textNode(member.getKey()) : JSON.missingNode();
		}
		return JSON.missingNode();
	}

}
