package io.github.errorenvelope.classify;

import java.util.Optional;

import io.github.errorenvelope.ApiError;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Honours Spring's own status contracts for exceptions no other mapper knows:
 * {@link ErrorResponse} (including {@link ResponseStatusException}) with its status,
 * headers and reason, and {@link ResponseStatus @ResponseStatus} with its value and
 * reason. Reasons are shown for 4xx only; texts from Spring's own exceptions are replaced
 * by safe defaults.
 */
public final class SpringContractMapper implements ErrorMapper {

	/**
	 * The merged {@code @ResponseStatus} of each exception class, searched once per
	 * class.
	 */
	private static final ClassValue<Optional<ResponseStatus>> RESPONSE_STATUSES = new ClassValue<>() {

		@Override
		protected Optional<ResponseStatus> computeValue(Class<?> type) {
			return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class));
		}

	};

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (exception instanceof ErrorResponse response) {
			return fromErrorResponse(exception, response);
		}
		ResponseStatus annotation = RESPONSE_STATUSES.get(exception.getClass()).orElse(null);
		if (annotation != null) {
			int status = annotation.code().value();
			ApiError.Builder error = ApiError.builder(status).code(StatusDefaults.code(status));
			if (status < 500 && Texts.hasText(annotation.reason())) {
				error.message(annotation.reason());
			}
			return error;
		}
		return null;
	}

	private static ApiError.Builder fromErrorResponse(Throwable exception, ErrorResponse response) {
		int status = response.getStatusCode().value();
		ApiError.Builder error = ApiError.builder(status).code(StatusDefaults.code(status));
		copyHeaders(response.getHeaders(), error);
		if (status >= 500) {
			return error;
		}
		if (isSpringOwn(exception)) {
			String reason = (exception instanceof ResponseStatusException statusException) ? statusException.getReason()
					: null;
			return error.message(Texts.hasText(reason) ? reason : StatusDefaults.message(status));
		}
		String reason = reasonOf(exception, response);
		if (Texts.hasText(reason)) {
			error.message(reason);
		}
		return error;
	}

	private static @Nullable String reasonOf(Throwable exception, ErrorResponse response) {
		if (exception instanceof ResponseStatusException statusException) {
			return statusException.getReason();
		}
		ProblemDetail body = response.getBody();
		return (body != null) ? body.getDetail() : null;
	}

	/**
	 * Spring's own exception classes word their details for developers (with types and
	 * handler names), so only exceptions the application declared — or plain
	 * {@code ResponseStatusException} reasons the application wrote — may speak for
	 * themselves.
	 */
	private static boolean isSpringOwn(Throwable exception) {
		return exception.getClass().getName().startsWith("org.springframework.");
	}

	private static void copyHeaders(HttpHeaders headers, ApiError.Builder error) {
		for (String name : headers.headerNames()) {
			String value = String.join(", ", headers.getValuesAsList(name));
			if (!value.isEmpty()) {
				error.header(name, value);
			}
		}
	}

}
