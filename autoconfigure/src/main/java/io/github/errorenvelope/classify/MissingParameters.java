package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;
import io.github.errorenvelope.FieldViolation.Location;
import io.github.errorenvelope.FieldViolation;

/**
 * The {@code MISSING_PARAMETER} error naming what is missing, free of any web stack's
 * exception types so Spring MVC's and WebFlux's missing-value exceptions answer alike.
 */
public final class MissingParameters {

	private MissingParameters() {
	}

	/**
	 * The error for a required value the request lacks.
	 * @param kind what is missing, in words ({@code query parameter}, {@code header}, …)
	 * @param name its name
	 * @return the error
	 */
	public static ApiError.Builder missing(String kind, String name) {
		String safeName = Texts.clip(name);
		return ApiError.builder(400)
			.code(ErrorCodes.MISSING_PARAMETER)
			.type(ErrorTypes.INVALID_REQUEST)
			.message("Required " + kind + " '" + safeName + "' is missing.")
			.violation(new FieldViolation(safeName, "is required", "required", null, Location.PARAMETER));
	}

}
