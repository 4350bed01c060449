package io.github.errorenvelope.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What an error body must look like in each built-in style (DESIGN §5, README "Styles"):
 * the style's members in its order, a well-formed code in the style's code case, a
 * message, and — where the style has a slot for it — the request id of the response
 * header. Anything else (Spring Boot's {@code /error} body, a Jackson message, another
 * style's shape) is reported as a problem.
 */
enum EnvelopeShape {

	NESTED_ERROR("nested-error") {
		@Override
		void check(JsonNode body, int status, String requestId, List<String> problems) {
			members(body, List.of("error", "request_id"), Set.of(), problems);
			JsonNode error = body.path("error");
			members(error, List.of("code", "message"), Set.of("details"), problems);
			code(error.path("code"), UPPER_SNAKE, problems);
			text(error.path("message"), "error.message", problems);
			if (error.has("details") && !error.get("details").isObject()) {
				problems.add("error.details is not an object");
			}
			requestId(body.path("request_id"), requestId, problems);
		}
	},

	CLAID("claid") {
		@Override
		void check(JsonNode body, int status, String requestId, List<String> problems) {
			members(body, List.of("error_code", "error_type", "error_message", "error_details"), Set.of(), problems);
			code(body.path("error_code"), UPPER_SNAKE, problems);
			code(body.path("error_type"), LOWER_SNAKE, problems);
			text(body.path("error_message"), "error_message", problems);
			if (!body.path("error_details").isObject()) {
				problems.add("error_details is not an object");
			}
		}
	},

	SUCCESS_ENVELOPE("success-envelope") {
		@Override
		void check(JsonNode body, int status, String requestId, List<String> problems) {
			members(body, List.of("data", "success", "message", "errors"), Set.of(), problems);
			if (!body.path("data").isNull()) {
				problems.add("data is not null");
			}
			if (!body.path("success").isBoolean() || body.path("success").asBoolean()) {
				problems.add("success is not false");
			}
			text(body.path("message"), "message", problems);
			JsonNode errors = body.path("errors");
			if (!errors.isArray() || errors.isEmpty()) {
				problems.add("errors is not a non-empty array");
				return;
			}
			for (JsonNode entry : errors) {
				// each entry maps a code (or a field) to its messages; extra details
				// follow in the first
				Map.Entry<String, JsonNode> first = entry.isObject() && !entry.isEmpty()
						? entry.properties().iterator().next() : null;
				if (first == null || first.getKey().isBlank() || first.getKey().length() > 512
						|| !first.getValue().isArray() || first.getValue().isEmpty()
						|| !first.getValue().get(0).isString()) {
					problems.add("errors entry is not {code or field: [messages]}: " + entry);
				}
			}
			if (errors.size() == 1 && !errors.get(0).isEmpty()) {
				String key = errors.get(0).properties().iterator().next().getKey();
				if (!LOWER_SNAKE.matcher(key).matches() && !FIELD_PATH.matcher(key).matches()) {
					problems.add("errors entry key is neither a lower_snake code nor a field path: " + key);
				}
			}
		}
	},

	FLAT("flat") {
		@Override
		void check(JsonNode body, int status, String requestId, List<String> problems) {
			List<String> expected = new ArrayList<>(List.of("message", "type", "code"));
			if (body.has("param")) {
				expected.add("param");
			}
			expected.add("request_id");
			if (body.has("errors")) {
				expected.add("errors");
			}
			members(body, expected, null, problems);
			text(body.path("message"), "message", problems);
			code(body.path("type"), LOWER_SNAKE, problems);
			code(body.path("code"), LOWER_SNAKE, problems);
			requestId(body.path("request_id"), requestId, problems);
			if (body.has("errors") && (!body.get("errors").isArray() || body.get("errors").isEmpty())) {
				problems.add("errors is not a non-empty array");
			}
		}
	},

	STATUS_OBJECT("status-object") {
		@Override
		void check(JsonNode body, int status, String requestId, List<String> problems) {
			members(body, List.of("status"), Set.of(), problems);
			JsonNode inner = body.path("status");
			members(inner, List.of("code", "description", "details", "req_id"), null, problems);
			JsonNode code = inner.path("code");
			if (!(code.isIntegralNumber() && code.asLong() > 0)) {
				code(code, UPPER_SNAKE, problems);
			}
			text(inner.path("description"), "status.description", problems);
			text(inner.path("details"), "status.details", problems);
			requestId(inner.path("req_id"), requestId, problems);
		}
	},

	PROBLEM_DETAIL("problem-detail") {
		@Override
		void check(JsonNode body, int status, String requestId, List<String> problems) {
			List<String> expected = new ArrayList<>(List.of("type", "title", "status", "detail"));
			if (body.has("instance")) {
				expected.add("instance");
			}
			expected.addAll(List.of("code", "request_id"));
			if (body.has("errors")) {
				expected.add("errors");
			}
			members(body, expected, null, problems);
			text(body.path("type"), "type", problems);
			text(body.path("title"), "title", problems);
			if (body.path("status").asInt(-1) != status) {
				problems.add("status member " + body.path("status") + " is not the response status " + status);
			}
			text(body.path("detail"), "detail", problems);
			code(body.path("code"), UPPER_SNAKE, problems);
			requestId(body.path("request_id"), requestId, problems);
		}
	};

	private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

	private static final Pattern FIELD_PATH = Pattern.compile("[^\\s\\[\\].]+(\\[\\d+]|\\.[^\\s\\[\\].]+)*");

	/** Texts of a Jackson or servlet message that an envelope must never carry. */
	private static final List<String> PARSER_WORDING = List.of("JSON parse error", "Cannot deserialize",
			"Unrecognized token", "Unexpected character", "reference chain", "[Source:", "Cannot construct instance",
			"Unrecognized field", "not marked as ignorable", "Required request body is missing");

	private final String property;

	EnvelopeShape(String property) {
		this.property = property;
	}

	static EnvelopeShape of(String property) {
		for (EnvelopeShape shape : values()) {
			if (shape.property.equals(property)) {
				return shape;
			}
		}
		throw new IllegalArgumentException(property);
	}

	/**
	 * What is wrong with an error body in this style.
	 * @param body the parsed body
	 * @param text the body as sent
	 * @param status the response status
	 * @param requestId the response's request-id header
	 * @return the problems, empty when the body is this style's envelope
	 */
	List<String> problems(JsonNode body, String text, int status, String requestId) {
		List<String> problems = new ArrayList<>();
		if (!body.isObject()) {
			problems.add("not a JSON object");
			return problems;
		}
		check(body, status, requestId, problems);
		for (String wording : PARSER_WORDING) {
			if (text.contains(wording)) {
				problems.add("carries parser wording '" + wording + "'");
			}
		}
		return problems;
	}

	abstract void check(JsonNode body, int status, String requestId, List<String> problems);

	/**
	 * The members must come in the expected order; {@code optional} lists the others
	 * allowed after them ({@code null}: any extra detail members).
	 */
	private static void members(JsonNode node, List<String> expected, Set<String> optional, List<String> problems) {
		if (!node.isObject()) {
			problems.add("expected an object with " + expected + ", got " + node);
			return;
		}
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		if (names.size() < expected.size() || !names.subList(0, expected.size()).equals(expected)) {
			problems.add("members " + names + " do not start with " + expected);
			return;
		}
		if (optional != null) {
			List<String> extra = names.subList(expected.size(), names.size());
			if (!optional.containsAll(extra)) {
				problems.add("unexpected members " + extra);
			}
		}
	}

	private static void code(JsonNode code, Pattern format, List<String> problems) {
		if (!code.isString() || !format.matcher(code.asString()).matches()) {
			problems.add("code or type " + code + " is not " + format.pattern());
		}
	}

	private static void text(JsonNode text, String member, List<String> problems) {
		if (!text.isString() || text.asString().isBlank()) {
			problems.add(member + " is not a non-blank string: " + text);
		}
	}

	private static void requestId(JsonNode id, String header, List<String> problems) {
		if (!id.isString() || !id.asString().equals(header)) {
			problems.add("body request id " + id + " is not the header's " + header);
		}
	}

}
