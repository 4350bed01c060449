package io.github.errorenvelope;

/**
 * The canonical codes of the built-in mappings, for {@code error-envelope.codes.*}
 * renames and for customizers. Output codes are renamed and cased from these.
 */
public final class ErrorCodes {

	/** A request field or parameter failed validation. */
	public static final String VALIDATION_ERROR = "VALIDATION_ERROR";

	/** The body could not be parsed at all. */
	public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

	/** A required parameter, header, cookie, part or path variable is missing. */
	public static final String MISSING_PARAMETER = "MISSING_PARAMETER";

	/** Any other 400. */
	public static final String BAD_REQUEST = "BAD_REQUEST";

	/** Authentication is missing or invalid. */
	public static final String UNAUTHORIZED = "UNAUTHORIZED";

	/** Authenticated but not allowed. */
	public static final String FORBIDDEN = "FORBIDDEN";

	/** No such resource or route. */
	public static final String NOT_FOUND = "NOT_FOUND";

	/** The route exists, the method does not. */
	public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

	/** No acceptable representation. */
	public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

	/** State conflict. */
	public static final String CONFLICT = "CONFLICT";

	/** The body or upload is too large. */
	public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

	/** The request content type is not supported. */
	public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	/** Rate limited. */
	public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

	/** Unexpected server failure. */
	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	/** The server is temporarily unable to answer. */
	public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

	/** The request took too long. */
	public static final String TIMEOUT = "TIMEOUT";

	private ErrorCodes() {
	}

}
