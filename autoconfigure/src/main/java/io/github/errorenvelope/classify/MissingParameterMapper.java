package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Maps a missing query parameter, header, cookie, multipart part or path variable to
 * {@code MISSING_PARAMETER} naming it. A path variable missing before conversion is a
 * mapping bug in the application, so it stays a 500. Its exception types extend the
 * servlet API's {@code ServletException}: the mapper is only registered where that class
 * exists.
 */
public final class MissingParameterMapper implements ErrorMapper {

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (exception instanceof MissingServletRequestParameterException missing) {
			return missing("query parameter", missing.getParameterName());
		}
		if (exception instanceof MissingRequestHeaderException missing) {
			return missing("header", missing.getHeaderName());
		}
		if (exception instanceof MissingRequestCookieException missing) {
			return missing("cookie", missing.getCookieName());
		}
		if (exception instanceof MissingServletRequestPartException missing) {
			return missing("part", missing.getRequestPartName());
		}
		if (exception instanceof MissingPathVariableException missing) {
			return missing.isMissingAfterConversion() ? missing("path variable", missing.getVariableName())
					: ApiError.builder(500).code(ErrorCodes.INTERNAL_ERROR);
		}
		if (exception instanceof ServletRequestBindingException) {
			return ApiError.builder(400).code(ErrorCodes.BAD_REQUEST).message(StatusDefaults.message(400));
		}
		return null;
	}

	private static ApiError.Builder missing(String kind, String name) {
		return MissingParameters.missing(kind, name);
	}

}
