package io.github.errorenvelope.classify;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps Spring MVC's routing and content-negotiation exceptions to their statuses and
 * codes: 404, 405 with {@code Allow}, 406, 415 with {@code Accept}, 413, 503 for async
 * timeouts, 500 for unwritable responses. The builders for 405, 415 and the plain
 * statuses are public so the reactive entry point, whose exceptions for them are other
 * types, answers with the same codes and messages.
 */
public final class FrameworkStatusMapper implements ErrorMapper {

	/**
	 * Spring's 405/406/415 exceptions extend the servlet API's {@code ServletException},
	 * Spring MVC's 404s live in Spring MVC: a WebFlux application may have neither, so
	 * they are only looked at where their classes can load.
	 */
	private static final boolean SERVLET_API_PRESENT = isPresent("jakarta.servlet.ServletException");

	private static final boolean SPRING_MVC_PRESENT = SERVLET_API_PRESENT
			&& isPresent("org.springframework.web.servlet.NoHandlerFoundException");

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (SPRING_MVC_PRESENT && ServletStackTypes.isNotFound(exception)) {
			return simple(404, ErrorCodes.NOT_FOUND);
		}
		if (SERVLET_API_PRESENT) {
			ApiError.Builder error = ServletStackTypes.map(exception);
			if (error != null) {
				return error;
			}
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

	/**
	 * An error with a status, its code and the status's default message.
	 * @param status the status
	 * @param code the canonical code
	 * @return the error
	 */
	public static ApiError.Builder simple(int status, String code) {
		return ApiError.builder(status).code(code).message(StatusDefaults.message(status));
	}

	/**
	 * The 405 for a method a resource does not support, with the {@code Allow} header.
	 * @param requested the method the client used, may be {@code null}
	 * @param supported the methods the resource supports, may be {@code null}
	 * @return the error
	 */
	public static ApiError.Builder methodNotAllowed(@Nullable String requested, @Nullable Set<HttpMethod> supported) {
		ApiError.Builder error = ApiError.builder(405).code(ErrorCodes.METHOD_NOT_ALLOWED);
		String method = Texts.clip(requested);
		error.message((method != null) ? "Method '" + method + "' is not supported by this resource."
				: StatusDefaults.message(405));
		if (supported != null && !supported.isEmpty()) {
			error.header("Allow", supported.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
		}
		return error;
	}

	/**
	 * The 415 for a request body of a type the resource does not read, with the
	 * {@code Accept} header.
	 * @param sent the content type the client sent, {@code null} when none (or none that
	 * parses)
	 * @param supportedTypes the types the resource reads
	 * @return the error
	 */
	public static ApiError.Builder unsupportedMediaType(@Nullable MediaType sent, List<MediaType> supportedTypes) {
		ApiError.Builder error = ApiError.builder(415).code(ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
		String supported = supportedTypes.stream().map(MediaType::toString).collect(Collectors.joining(", "));
		String message = (sent != null) ? "Content type '" + Texts.clip(sent.toString()) + "' is not supported."
				: "A content type is required.";
		if (!supported.isEmpty()) {
			error.header("Accept", supported);
			message = message + " Supported: " + supported + ".";
		}
		return error.message(message);
	}

	private static boolean isPresent(String className) {
		return ClassUtils.isPresent(className, FrameworkStatusMapper.class.getClassLoader());
	}

	/** Kept apart so its servlet-stack types are only resolved where they can load. */
	private static final class ServletStackTypes {

		static boolean isNotFound(Throwable exception) {
			return exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException;
		}

		static ApiError.@Nullable Builder map(Throwable exception) {
			if (exception instanceof HttpRequestMethodNotSupportedException notSupported) {
				return methodNotAllowed(notSupported.getMethod(), notSupported.getSupportedHttpMethods());
			}
			if (exception instanceof HttpMediaTypeNotAcceptableException) {
				return simple(406, ErrorCodes.NOT_ACCEPTABLE);
			}
			if (exception instanceof HttpMediaTypeNotSupportedException notSupported) {
				return unsupportedMediaType(notSupported.getContentType(), notSupported.getSupportedMediaTypes());
			}
			return null;
		}

	}

}
