package io.github.errorenvelope.reactive;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.classify.ErrorMapper;
import io.github.errorenvelope.classify.FrameworkStatusMapper;
import io.github.errorenvelope.classify.MissingParameters;

import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Maps WebFlux's routing, content-negotiation and missing-value exceptions to the codes
 * and messages Spring MVC's equivalents get: 404, 405 with {@code Allow}, 406, 415 with
 * {@code Accept}, and {@code MISSING_PARAMETER} naming the missing query parameter,
 * header, cookie, part or path variable.
 */
public final class WebFluxExceptionMapper implements ErrorMapper {

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (exception instanceof NoResourceFoundException || isNoMatchingHandler(exception)) {
			return FrameworkStatusMapper.simple(404, ErrorCodes.NOT_FOUND);
		}
		if (exception instanceof MethodNotAllowedException notAllowed) {
			return FrameworkStatusMapper.methodNotAllowed(notAllowed.getHttpMethod(), notAllowed.getSupportedMethods());
		}
		if (exception instanceof NotAcceptableStatusException) {
			return FrameworkStatusMapper.simple(406, ErrorCodes.NOT_ACCEPTABLE);
		}
		if (exception instanceof UnsupportedMediaTypeStatusException unsupported) {
			return FrameworkStatusMapper.unsupportedMediaType(unsupported.getContentType(),
					unsupported.getSupportedMediaTypes());
		}
		if (exception instanceof MissingRequestValueException missing) {
			return MissingParameters.missing(kindOf(missing.getLabel()), missing.getName());
		}
		return null;
	}

	/**
	 * The plain 404 WebFlux's dispatcher signals when no handler matches (not one the
	 * application threw).
	 */
	private static boolean isNoMatchingHandler(Throwable exception) {
		return exception instanceof ResponseStatusException status && status.getClass() == ResponseStatusException.class
				&& status.getStatusCode().value() == 404 && "No matching handler".equals(status.getReason());
	}

	/** WebFlux's labels in the words Spring MVC's missing-value exceptions use. */
	private static String kindOf(String label) {
		return switch (label) {
			case "path" -> "path variable";
			case "request part" -> "part";
			default -> label;
		};
	}

}
