package io.github.errorenvelope;

/**
 * The built-in error types (the group an error belongs to, rendered as {@code type},
 * {@code error_type}, …), for {@code error-envelope.types.*}, {@code @ErrorCode(type)}
 * and customizers.
 */
public final class ErrorTypes {

	/** One or more fields or parameters failed validation. */
	public static final String VALIDATION = "validation";

	/**
	 * The request is malformed or not acceptable as sent (400, 405, 406, 413, 415, 422,
	 * …).
	 */
	public static final String INVALID_REQUEST = "invalid_request";

	/** Authentication is missing or invalid (401). */
	public static final String AUTH = "auth";

	/** Payment is required (402). */
	public static final String PAYMENT = "payment";

	/** Authenticated but not allowed (403). */
	public static final String PERMISSION = "permission";

	/** No such resource or route (404). */
	public static final String NOT_FOUND = "not_found";

	/** A state conflict (409). */
	public static final String CONFLICT = "conflict";

	/** Rate limited (429). */
	public static final String RATE_LIMIT = "rate_limit";

	/** The server failed (5xx). */
	public static final String SERVER = "server";

	private ErrorTypes() {
	}

}
