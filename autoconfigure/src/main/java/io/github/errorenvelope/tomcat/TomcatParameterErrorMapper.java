package io.github.errorenvelope.tomcat;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.classify.ErrorMapper;
import io.github.errorenvelope.classify.StatusDefaults;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/**
 * Maps Tomcat's {@link InvalidParameterException} — thrown into the application when it
 * first reads parameters that break a container limit or cannot be decoded (more than
 * {@code server.tomcat.max-parameter-count}, a form larger than
 * {@code server.tomcat.max-http-form-post-size}, broken percent-encoding) — to the status
 * Tomcat chose: 413 {@code PAYLOAD_TOO_LARGE} or 400 {@code MALFORMED_REQUEST}, instead
 * of a 500.
 */
public final class TomcatParameterErrorMapper implements ErrorMapper {

	/** The message of a 400 for parameters Tomcat could not accept. */
	public static final String PARAMETERS_MESSAGE = "The request parameters are malformed or too many.";

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (!(exception instanceof InvalidParameterException invalid)) {
			return null;
		}
		if (invalid.getErrorCode() == 413) {
			return ApiError.builder(413).code(ErrorCodes.PAYLOAD_TOO_LARGE).message(StatusDefaults.message(413));
		}
		return ApiError.builder(400).code(ErrorCodes.MALFORMED_REQUEST).message(PARAMETERS_MESSAGE);
	}

}
