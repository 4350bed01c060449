package io.github.errorenvelope.classify;

import java.util.Locale;

import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;

import org.springframework.http.HttpStatus;

/**
 * What an error is called when nothing more specific is known than its HTTP status: the
 * canonical code, the error type (group) and a safe default message.
 */
public final class StatusDefaults {

	/** The message every 5xx shows unless internal messages are exposed. */
	public static final String INTERNAL_MESSAGE = "Internal server error.";

	private StatusDefaults() {
	}

	/**
	 * The canonical code for a status, e.g. 404 → {@code NOT_FOUND}, 500 →
	 * {@code INTERNAL_ERROR}.
	 * @param status the HTTP status
	 * @return the code
	 */
	public static String code(int status) {
		return switch (status) {
			case 400 -> ErrorCodes.BAD_REQUEST;
			case 401 -> ErrorCodes.UNAUTHORIZED;
			case 403 -> ErrorCodes.FORBIDDEN;
			case 404 -> ErrorCodes.NOT_FOUND;
			case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCodes.NOT_ACCEPTABLE;
			case 408, 504 -> ErrorCodes.TIMEOUT;
			case 409 -> ErrorCodes.CONFLICT;
			case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
			case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
			case 429 -> ErrorCodes.TOO_MANY_REQUESTS;
			case 500 -> ErrorCodes.INTERNAL_ERROR;
			case 503 -> ErrorCodes.SERVICE_UNAVAILABLE;
			default -> fromReasonPhrase(status);
		};
	}

	private static String fromReasonPhrase(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		if (known == null) {
			return (status >= 500) ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.BAD_REQUEST;
		}
		return known.name();
	}

	/**
	 * The error type (group) for a status when the error has no field violations.
	 * @param status the HTTP status
	 * @return the type, e.g. {@code not_found}
	 */
	public static String type(int status) {
		return switch (status) {
			case 401 -> ErrorTypes.AUTH;
			case 402 -> ErrorTypes.PAYMENT;
			case 403 -> ErrorTypes.PERMISSION;
			case 404 -> ErrorTypes.NOT_FOUND;
			case 409 -> ErrorTypes.CONFLICT;
			case 429 -> ErrorTypes.RATE_LIMIT;
			default -> (status >= 500) ? ErrorTypes.SERVER : ErrorTypes.INVALID_REQUEST;
		};
	}

	/**
	 * A safe default message for a status, e.g. 404 → "Resource not found.".
	 * @param status the HTTP status
	 * @return the message
	 */
	public static String message(int status) {
		return switch (status) {
			case 400 -> "Bad request.";
			case 401 -> "Authentication is required.";
			case 403 -> "Access is denied.";
			case 404 -> "Resource not found.";
			case 405 -> "Method not allowed.";
			case 406 -> "No acceptable representation is available.";
			case 408 -> "The request timed out.";
			case 409 -> "The request conflicts with the current state of the resource.";
			case 413 -> "The request is too large.";
			case 414 -> "The request URI is too long.";
			case 415 -> "Unsupported media type.";
			case 429 -> "Too many requests.";
			case 431 -> "The request headers are too large.";
			case 503 -> "The service is temporarily unavailable.";
			case 504 -> "The request timed out.";
			default -> (status >= 500) ? INTERNAL_MESSAGE : reasonSentence(status);
		};
	}

	private static String reasonSentence(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		if (known == null) {
			return "Request failed.";
		}
		String phrase = known.getReasonPhrase();
		return phrase.substring(0, 1) + phrase.substring(1).toLowerCase(Locale.ROOT) + ".";
	}

}
