package io.github.errorenvelope.support;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each built-in style must contain, for assertions that run one scenario in every
 * style: the style's members are present, and its code and request id (where it has slots
 * for them) are the expected ones.
 */
public enum StyleShape {

	CLAID("claid") {
		@Override
		void check(JsonNode body, String code, String requestId) {
			assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
				.startsWith("error_code", "error_type", "error_message", "error_details");
			assertThat(body.get("error_code").asString()).isEqualTo(code);
			assertThat(body.get("error_message").asString()).isNotBlank();
			assertThat(body.get("error_details").isObject()).isTrue();
		}
	},

	SUCCESS_ENVELOPE("success-envelope") {
		@Override
		void check(JsonNode body, String code, String requestId) {
			assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
				.containsExactly("data", "success", "message", "errors");
			assertThat(body.get("data").isNull()).isTrue();
			assertThat(body.get("success").asBoolean()).isFalse();
			assertThat(body.get("message").asString()).isNotBlank();
			assertThat(body.get("errors").isArray()).isTrue();
			assertThat(body.get("errors")).isNotEmpty();
			JsonNode first = body.get("errors").get(0);
			if (!first.has(code)) {
				// errors with field violations list the fields, not the code
				assertThat(code).isIn("validation_error", "missing_parameter");
			}
		}
	},

	NESTED_ERROR("nested-error") {
		@Override
		void check(JsonNode body, String code, String requestId) {
			assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
				.containsExactly("error", "request_id");
			assertThat(body.get("error").get("code").asString()).isEqualTo(code);
			assertThat(body.get("error").get("message").asString()).isNotBlank();
			assertThat(body.get("request_id").asString()).isEqualTo(requestId);
		}
	},

	FLAT("flat") {
		@Override
		void check(JsonNode body, String code, String requestId) {
			assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
				.contains("message", "type", "code", "request_id");
			assertThat(body.get("code").asString()).isEqualTo(code);
			assertThat(body.get("request_id").asString()).isEqualTo(requestId);
		}
	},

	STATUS_OBJECT("status-object") {
		@Override
		void check(JsonNode body, String code, String requestId) {
			assertThat(body.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("status");
			JsonNode status = body.get("status");
			assertThat(status.properties()).extracting(java.util.Map.Entry::getKey)
				.startsWith("code", "description", "details", "req_id");
			assertThat(status.get("code").asString()).isEqualTo(code);
			if (code.chars().allMatch(Character::isDigit)) {
				assertThat(status.get("code").isNumber()).isTrue();
			}
			assertThat(status.get("req_id").asString()).isEqualTo(requestId);
		}
	},

	PROBLEM_DETAIL("problem-detail") {
		@Override
		void check(JsonNode body, String code, String requestId) {
			assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
				.startsWith("type", "title", "status", "detail");
			assertThat(body.get("code").asString()).isEqualTo(code);
			assertThat(body.get("request_id").asString()).isEqualTo(requestId);
			assertThat(body.get("status").isNumber()).isTrue();
		}
	};

	private final String property;

	StyleShape(String property) {
		this.property = property;
	}

	/** The {@code error-envelope.style} value. */
	public String property() {
		return this.property;
	}

	/** The content type the style answers with. */
	public String contentType() {
		return (this == PROBLEM_DETAIL) ? "application/problem+json" : "application/json";
	}

	/**
	 * Assert the body has the style's members, code and request id.
	 * @param body the parsed body
	 * @param code the expected output code
	 * @param requestId the expected request id
	 */
	public void assertShape(JsonNode body, String code, String requestId) {
		check(body, code, requestId);
	}

	abstract void check(JsonNode body, String code, String requestId);

}
