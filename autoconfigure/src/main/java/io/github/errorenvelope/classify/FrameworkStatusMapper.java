package io.github.errorenvelope.classify;

import java.util.Set;
import java.util.stream.Collectors;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps Spring MVC's routing and content-negotiation exceptions to their statuses and codes: 404, 405
 * with {@code Allow}, 406, 415 with {@code Accept}, 413, 503 for async timeouts, 500 for unwritable
 * responses.
 */
public final class FrameworkStatusMapper implements ErrorMapper {

	@Override
	public ApiError.Builder map(Throwable exception) {
		if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
			return simple(404, ErrorCodes.NOT_FOUND);
		}
		if (exception instanceof HttpRequestMethodNotSupportedException notSupported) {
			return methodNotAllowed(notSupported);
		}
		if (exception instanceof HttpMediaTypeNotAcceptableException) {
			return simple(406, ErrorCodes.NOT_ACCEPTABLE);
		}
		if (exception instanceof HttpMediaTypeNotSupportedException notSupported) {
			return unsupportedMediaType(notSupported);
		}
		PayloadTooLargeException tooLarge = PayloadTooLargeException.findIn(exception);
		if (tooLarge != null) {
			return tooLarge.toError();
		}
		if (exception instanceof MaxUploadSizeExceededException) {
			return simple(413, ErrorCodes.PAYLOAD_TOO_LARGE);
		}
		if (exception instanceof AsyncRequestTimeoutException) {
			return ApiError.builder(503).code(ErrorCodes.TIMEOUT).message("The request timed out.");
		}
		if (exception instanceof HttpMessageNotWritableException) {
			return ApiError.builder(500).code(ErrorCodes.INTERNAL_ERROR);
		}
		return null;
	}

	private static ApiError.Builder simple(int status, String code) {
		return ApiError.builder(status).code(code).message(StatusDefaults.message(status));
	}

	private static ApiError.Builder methodNotAllowed(HttpRequestMethodNotSupportedException exception) {
		ApiError.Builder error = ApiError.builder(405).code(ErrorCodes.METHOD_NOT_ALLOWED);
		String method = Texts.clip(exception.getMethod());
		error.message((method != null) ? "Method '" + method + "' is not supported by this resource."
				: StatusDefaults.message(405));
		Set<HttpMethod> supported = exception.getSupportedHttpMethods();
		if (supported != null && !supported.isEmpty()) {
			error.header("Allow", supported.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
		}
		return error;
	}

	private static ApiError.Builder unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
		ApiError.Builder error = ApiError.builder(415).code(ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
		String supported = exception.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		MediaType sent = exception.getContentType();
		String message = (sent != null) ? "Content type '" + Texts.clip(sent.toString()) + "' is not supported."
				: "A content type is required.";
		if (!supported.isEmpty()) {
			error.header("Accept", supported);
			message = message + " Supported: " + supported + ".";
		}
		return error.message(message);
	}

}
