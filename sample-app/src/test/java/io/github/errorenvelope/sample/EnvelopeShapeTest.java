package io.github.errorenvelope.sample;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile suite's envelope check rejects what a broken error path would send: Spring
 * Boot's own {@code /error} body, a Jackson message, a body without the request id,
 * another style's envelope.
 */
class EnvelopeShapeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BOOT_ERROR = "{\"timestamp\":\"2026-01-01T00:00:00.000+00:00\",\"status\":400,"
			+ "\"error\":\"Bad Request\",\"path\":\"/orders\"}";

	private static final String BOOT_PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
			+ "\"detail\":\"Failed to read request\",\"instance\":\"/orders\"}";

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void springBootsErrorBodiesAreNotEnvelopes(String style) {
		assertThat(problem(style, BOOT_ERROR)).isNotNull();
		assertThat(problem(style, BOOT_PROBLEM)).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void aJacksonMessageIsNotAnEnvelope(String style) {
		assertThat(problem(style, "JSON parse error: Unexpected character ('}' (code 125))")).isNotNull();
		assertThat(problem(style, envelope(style, "JSON parse error: Unrecognized token 'nul'"))).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void theStylesOwnEnvelopeIs(String style) {
		assertThat(problem(style, envelope(style, "The request body is not valid JSON."))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "flat", "status-object", "problem-detail" })
	void anotherRequestIdIsNot(String style) {
		assertThat(EnvelopeShape.of(style)
			.problems(JSON.readTree(envelope(style, "m")), envelope(style, "m"), 400, "another-id")).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(EnvelopeShape.class)
	void anotherStylesEnvelopeIsNot(EnvelopeShape shape) {
		for (EnvelopeShape other : EnvelopeShape.values()) {
			if (other != shape) {
				String body = envelope(styleOf(other), "The request body is not valid JSON.");
				assertThat(shape.problems(JSON.readTree(body), body, 400, "id-1")).as("%s as %s", other, shape)
					.isNotEmpty();
			}
		}
	}

	private static String problem(String style, String body) {
		String contentType = style.equals("problem-detail") ? "application/problem+json" : "application/json";
		return HostileInputSuiteTest.notAnEnvelope(style, 400, "id-1", contentType, body);
	}

	private static String styleOf(EnvelopeShape shape) {
		return shape.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * A malformed-request envelope as the style writes it, with request id {@code id-1}.
	 */
	private static String envelope(String style, String message) {
		return switch (style) {
			case "nested-error" ->
				"{\"error\":{\"code\":\"MALFORMED_REQUEST\",\"message\":\"" + message + "\"},\"request_id\":\"id-1\"}";
			case "claid" -> "{\"error_code\":\"MALFORMED_REQUEST\",\"error_type\":\"invalid_request\","
					+ "\"error_message\":\"" + message + "\",\"error_details\":{}}";
			case "success-envelope" -> "{\"data\":null,\"success\":false,\"message\":\"" + message
					+ "\",\"errors\":[{\"malformed_request\":[\"" + message + "\"]}]}";
			case "flat" -> "{\"message\":\"" + message
					+ "\",\"type\":\"invalid_request\",\"code\":\"malformed_request\"," + "\"request_id\":\"id-1\"}";
			case "status-object" -> "{\"status\":{\"code\":11102,\"description\":\"Invalid request\",\"details\":\""
					+ message + "\",\"req_id\":\"id-1\"}}";
			case "problem-detail" -> "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
					+ message + "\",\"instance\":\"/orders\",\"code\":\"MALFORMED_REQUEST\",\"request_id\":\"id-1\"}";
			default -> throw new IllegalArgumentException(style);
		};
	}

}
