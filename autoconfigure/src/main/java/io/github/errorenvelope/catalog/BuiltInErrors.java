package io.github.errorenvelope.catalog;

import java.util.List;

import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.classify.StatusDefaults;

/** The codes the starter itself answers with, as the built-in mappings produce them. */
public final class BuiltInErrors {

	private static final List<ErrorDefinition> ALL = List.of(validation(ErrorCodes.VALIDATION_ERROR),
			of(ErrorCodes.MALFORMED_REQUEST, 400, "The request body could not be read."),
			of(ErrorCodes.MISSING_PARAMETER, 400, "Required parameter 'name' is missing."),
			of(ErrorCodes.BAD_REQUEST, 400, StatusDefaults.message(400)),
			of(ErrorCodes.UNAUTHORIZED, 401, StatusDefaults.message(401)),
			of(ErrorCodes.FORBIDDEN, 403, StatusDefaults.message(403)),
			of(ErrorCodes.NOT_FOUND, 404, StatusDefaults.message(404)),
			of(ErrorCodes.METHOD_NOT_ALLOWED, 405, StatusDefaults.message(405)),
			of(ErrorCodes.NOT_ACCEPTABLE, 406, StatusDefaults.message(406)),
			of(ErrorCodes.CONFLICT, 409, StatusDefaults.message(409)),
			of(ErrorCodes.PAYLOAD_TOO_LARGE, 413, StatusDefaults.message(413)),
			of(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, 415, StatusDefaults.message(415)),
			of(ErrorCodes.TOO_MANY_REQUESTS, 429, StatusDefaults.message(429)),
			of(ErrorCodes.INTERNAL_ERROR, 500, StatusDefaults.INTERNAL_MESSAGE),
			of(ErrorCodes.SERVICE_UNAVAILABLE, 503, StatusDefaults.message(503)),
			of(ErrorCodes.TIMEOUT, 503, StatusDefaults.message(504)));

	private BuiltInErrors() {
	}

	/** Every built-in code, in catalogue order. */
	public static List<ErrorDefinition> all() {
		return ALL;
	}

	/**
	 * The built-in definition of a canonical code.
	 * @param code the canonical code
	 * @return the definition
	 * @throws IllegalArgumentException if the code is not built in
	 */
	public static ErrorDefinition get(String code) {
		for (ErrorDefinition definition : ALL) {
			if (definition.code().equals(code)) {
				return definition;
			}
		}
		throw new IllegalArgumentException("Not a built-in code: " + code);
	}

	private static ErrorDefinition of(String code, int status, String message) {
		return new ErrorDefinition(code, status, StatusDefaults.type(status), message, false, List.of(),
				ErrorDefinition.BUILT_IN);
	}

	private static ErrorDefinition validation(String code) {
		return new ErrorDefinition(code, 400, "validation", "name: must not be blank.", true, List.of(),
				ErrorDefinition.BUILT_IN);
	}

}
