package io.github.errorenvelope.style;

import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.ErrorCodes;
import tools.jackson.core.JsonGenerator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The {@code status-object} style: {@code {"status": {"code", "description", "details",
 * "req_id"}}} with numeric codes. Built-in codes default to the reference catalogue's
 * numbers (invalid request 11102, not found 11101, internal 99009, …); a code is a JSON
 * number whenever it is all digits. {@code details} is the message; extra details are
 * members of {@code status}. Codes are as-is.
 */
public final class StatusObjectStyle implements EnvelopeStyle {

	private static final Map<String, String> NUMERIC_CODES = Map.ofEntries(
			Map.entry(ErrorCodes.VALIDATION_ERROR, "11102"), Map.entry(ErrorCodes.MISSING_PARAMETER, "11102"),
			Map.entry(ErrorCodes.NOT_ACCEPTABLE, "11102"), Map.entry(ErrorCodes.MALFORMED_REQUEST, "11100"),
			Map.entry(ErrorCodes.BAD_REQUEST, "11100"), Map.entry(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "11100"),
			Map.entry(ErrorCodes.UNAUTHORIZED, "11001"), Map.entry(ErrorCodes.FORBIDDEN, "11007"),
			Map.entry(ErrorCodes.NOT_FOUND, "11101"), Map.entry(ErrorCodes.METHOD_NOT_ALLOWED, "11103"),
			Map.entry(ErrorCodes.TOO_MANY_REQUESTS, "11005"), Map.entry(ErrorCodes.PAYLOAD_TOO_LARGE, "40033"),
			Map.entry(ErrorCodes.SERVICE_UNAVAILABLE, "40030"), Map.entry(ErrorCodes.TIMEOUT, "40032"),
			Map.entry(ErrorCodes.INTERNAL_ERROR, "99009"));

	private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
			Map.entry("11001", "Invalid authentication token"), Map.entry("11005", "Making too many requests"),
			Map.entry("11007", "API key has insufficient scopes"), Map.entry("11100", "Bad request format"),
			Map.entry("11101", "Resource does not exist"), Map.entry("11102", "Invalid request"),
			Map.entry("11103", "Method not allowed"),
			Map.entry("40030", "Sorry, the server is too busy at the moment. Please try again later."),
			Map.entry("40032", "Sorry, your request has timed out. Please try your request again."),
			Map.entry("40033", "Sorry, the request sent is larger than the allowed limit."),
			Map.entry("99009", "Internal error"));

	/** The members of {@code status} before its details. */
	private static final String[] MEMBERS = { "code", "description", "details", "req_id" };

	@Override
	public Object render(ApiError error) {
		Map<String, Object> status = Members.object(Members.withDetails(4, error));
		String code = error.getCode();
		status.put("code", isNumeric(code) ? (Object) Long.valueOf(code) : code);
		status.put("description", description(code, error.getStatus()));
		status.put("details", error.getMessage());
		status.put("req_id", error.getRequestId());
		Members.addDetails(status, error);
		Map<String, Object> body = Members.object(1);
		body.put("status", status);
		return body;
	}

	@Override
	public void write(ApiError error, JsonGenerator generator) {
		String code = error.getCode();
		generator.writeStartObject();
		generator.writeName("status");
		generator.writeStartObject();
		if (isNumeric(code)) {
			generator.writeNumberProperty("code", Long.parseLong(code));
		}
		else {
			GeneratorMembers.member(generator, error, "code", code);
		}
		generator.writeStringProperty("description", description(code, error.getStatus()));
		GeneratorMembers.member(generator, error, "details", error.getMessage());
		GeneratorMembers.member(generator, error, "req_id", error.getRequestId());
		GeneratorMembers.details(generator, error, MEMBERS, null, null);
		generator.writeEndObject();
		generator.writeEndObject();
	}

	@Override
	public @Nullable String defaultCodeFor(String canonicalCode) {
		return NUMERIC_CODES.get(canonicalCode);
	}

	private static String description(@Nullable String code, int status) {
		String known = (code != null) ? DESCRIPTIONS.get(code) : null;
		if (known != null) {
			return known;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status);
		return (httpStatus != null) ? httpStatus.getReasonPhrase() : "Error";
	}

	private static boolean isNumeric(@Nullable String code) {
		if (code == null || code.isEmpty() || code.length() > 18) {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			if (!Character.isDigit(code.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
