package io.github.errorenvelope.style;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.FieldViolation.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Each built-in style writes straight to a generator exactly the JSON its tree serializes
 * to, for the errors where the two could part: details named like the style's own members
 * (never replacing them, except a member left {@code null}, whose place the detail
 * takes), members the style leaves out ({@code instance} without a path,
 * {@code param}/{@code errors} without violations), {@code null} codes, messages and
 * request ids, detail values of any type, violations with and without fields, rejected
 * values and messages.
 */
class StreamedBodyTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Details named like every member any built-in style defines, and one more. */
	private static final Map<String, Object> COLLIDING = Map.ofEntries(Map.entry("error_code", "d1"),
			Map.entry("data", "d2"), Map.entry("success", "d3"), Map.entry("message", "d4"), Map.entry("errors", "d5"),
			Map.entry("error", "d6"), Map.entry("request_id", "d7"), Map.entry("code", "d8"), Map.entry("type", "d9"),
			Map.entry("param", "d10"), Map.entry("status", "d11"), Map.entry("description", "d12"),
			Map.entry("details", "d13"), Map.entry("req_id", "d14"), Map.entry("title", "d15"),
			Map.entry("detail", "d16"), Map.entry("instance", "d17"), Map.entry("field", "d18"),
			Map.entry("issue", "d19"), Map.entry("violations", "d20"), Map.entry("email", "d21"),
			Map.entry("request", "d22"), Map.entry("ORDER_LOCKED", "d23"), Map.entry("extra", "d24"));

	static Stream<EnvelopeStyle> styles() {
		return Stream.of(new ClaidStyle(), new SuccessEnvelopeStyle(false), new NestedErrorStyle(), new FlatStyle(),
				new StatusObjectStyle(), new ProblemDetailStyle(null), new ProblemDetailStyle("https://e.example/"));
	}

	static Stream<ApiError> errors() {
		FieldViolation email = new FieldViolation("email", "must be a well-formed email address", "Email",
				"not-an-email", Location.BODY);
		FieldViolation emailAgain = new FieldViolation("email", "size must be between 3 and 9", "Size", null,
				Location.BODY);
		FieldViolation noMessage = new FieldViolation("page", null, null, List.of(1, 2), Location.PARAMETER);
		FieldViolation wholeRequest = new FieldViolation(null, "dates are out of order", null, null, Location.BODY);
		ApiError.Builder colliding = ApiError.builder(409).code("ORDER_LOCKED").type("conflict").message("Locked.");
		COLLIDING.forEach(colliding::detail);
		ApiError.Builder nullMembers = ApiError.builder(400).code(null).type(null).message("Bad.").requestId(null);
		COLLIDING.forEach(nullMembers::detail);
		return Stream.of(ApiError.builder(404).code("NOT_FOUND").message("Gone.").requestId("r").path("/x").build(),
				ApiError.builder(404).code("11101").message("Gone.").requestId("r").build(),
				ApiError.builder(599).code("odd").message("Odd \"quoted\" \u00e9\n.").build(),
				colliding.requestId("r").path("/orders/7").build(), colliding.path(null).build(), nullMembers.build(),
				ApiError.builder(400)
					.code("VALIDATION_ERROR")
					.message("Invalid.")
					.violation(email)
					.violation(emailAgain)
					.violation(noMessage)
					.violation(wholeRequest)
					.detail("when", LocalDate.of(2026, 1, 2))
					.detail("limits", Map.of("max", 3))
					.requestId("r")
					.path("/signup")
					.build(),
				ApiError.builder(400)
					.code("VALIDATION_ERROR")
					.defaultMessage("Invalid.")
					.violation(noMessage)
					.violation(email)
					.detail("issue", "d")
					.build(),
				ApiError.builder(422).code("VALIDATION_ERROR").message(null).violation(email).build(),
				withDetails(ApiError.builder(400).code("VALIDATION_ERROR").message("Invalid.").violation(email)));
	}

	private static ApiError withDetails(ApiError.Builder builder) {
		COLLIDING.forEach(builder::detail);
		return builder.build();
	}

	static Stream<Arguments> stylesAndErrors() {
		return styles()
			.flatMap((style) -> errors().map((error) -> Arguments.of(style.getClass().getSimpleName(), style, error)));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("stylesAndErrors")
	void writesWhatTheTreeSerializesTo(String name, EnvelopeStyle style, ApiError error) {
		String tree;
		try {
			tree = MAPPER.writeValueAsString(style.render(error));
		}
		catch (RuntimeException treeFails) {
			assertThatException().isThrownBy(() -> Streamed.write(MAPPER, style, error));
			return;
		}
		assertThat(Streamed.write(MAPPER, style, error)).isEqualTo(tree);
	}

}
