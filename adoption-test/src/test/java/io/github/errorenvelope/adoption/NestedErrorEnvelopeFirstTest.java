package io.github.errorenvelope.adoption;

import tools.jackson.databind.JsonNode;

/** {@link EnvelopeFirstContractTest} in the default {@code nested-error} style. */
class NestedErrorEnvelopeFirstTest extends EnvelopeFirstContractTest {

	@Override
	String codeOf(JsonNode body) {
		return body.get("error").get("code").asString();
	}

}
