package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Maps input that cannot even be decoded to a 4xx instead of a 500: a request body the
 * container could not read to its end (400, or 408 on a read timeout), a multipart body
 * that cannot be parsed, a {@code Content-Type} that is not a valid media type, and query
 * or form parameters the servlet container could not decode (Jetty's, recognized by class
 * name; Tomcat's have their own mapper).
 */
public final class MalformedInputMapper implements ErrorMapper {

	private static final String JETTY_BAD_MESSAGE = "org.eclipse.jetty.http.BadMessageException";

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (exception instanceof UnreadableRequestBodyException unreadable) {
			return unreadable.toError();
		}
		if (exception instanceof MultipartException && !(exception instanceof MaxUploadSizeExceededException)) {
			return malformed("The multipart request body could not be parsed.");
		}
		if (exception instanceof InvalidMediaTypeException || isMediaTypeParseFailure(exception)) {
			return ApiError.builder(415)
				.code(ErrorCodes.UNSUPPORTED_MEDIA_TYPE)
				.message("The Content-Type header is not a usable media type.");
		}
		String name = exception.getClass().getName();
		if (name.equals(JETTY_BAD_MESSAGE)) {
			return malformed("The request parameters could not be decoded.");
		}
		return null;
	}

	private static ApiError.Builder malformed(String message) {
		return ApiError.builder(400)
			.code(ErrorCodes.MALFORMED_REQUEST)
			.type(ErrorTypes.INVALID_REQUEST)
			.message(message);
	}

	/**
	 * Spring rejects some syntactically valid but unusable content types (such as
	 * {@code * / *}) with a plain {@code IllegalArgumentException} from its media type
	 * classes; only those are 4xx.
	 */
	private static boolean isMediaTypeParseFailure(Throwable exception) {
		if (!(exception instanceof IllegalArgumentException)) {
			return false;
		}
		StackTraceElement[] trace = exception.getStackTrace();
		for (int i = 0; i < Math.min(trace.length, 4); i++) {
			String type = trace[i].getClassName();
			if (type.equals("org.springframework.util.MimeType") || type.equals("org.springframework.http.MediaType")
					|| type.equals("org.springframework.util.MimeTypeUtils")
					|| type.equals("org.springframework.http.HttpHeaders")) {
				return true;
			}
		}
		return false;
	}

}
