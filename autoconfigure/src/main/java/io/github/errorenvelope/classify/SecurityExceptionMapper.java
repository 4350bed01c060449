package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * Maps Spring Security's exceptions: any {@link AuthenticationException} to 401
 * {@code UNAUTHORIZED}, any {@link AccessDeniedException} (including method security's
 * {@code AuthorizationDeniedException}) to 403 {@code FORBIDDEN}, and a request the
 * firewall rejected to 400 {@code MALFORMED_REQUEST} — never a 500.
 */
public final class SecurityExceptionMapper implements ErrorMapper {

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (exception instanceof AuthenticationException) {
			return ApiError.builder(401).code(ErrorCodes.UNAUTHORIZED).message(StatusDefaults.message(401));
		}
		if (exception instanceof AccessDeniedException) {
			return ApiError.builder(403).code(ErrorCodes.FORBIDDEN).message(StatusDefaults.message(403));
		}
		if (exception instanceof RequestRejectedException) {
			return ApiError.builder(400)
				.code(ErrorCodes.MALFORMED_REQUEST)
				.type(ErrorTypes.INVALID_REQUEST)
				.message("The request was rejected.");
		}
		return null;
	}

}
