package io.github.errorenvelope.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides a request's id: a valid incoming id (1–128 characters of {@code [A-Za-z0-9._:-]}) is reused
 * when trusted, anything else is replaced by a new random UUID, so a hostile header is never echoed.
 * The id is kept in a request attribute for the request's whole life, error dispatch included.
 */
public final class RequestIds {

	/** The request attribute holding the id. */
	public static final String ATTRIBUTE = RequestIds.class.getName() + ".ID";

	private static final int MAX_LENGTH = 128;

	private final String header;

	private final boolean trustIncoming;

	private final TraceIdSource traceIds;

	/**
	 * Create the policy.
	 * @param header the request and response header name
	 * @param trustIncoming whether a valid incoming id is reused
	 */
	public RequestIds(String header, boolean trustIncoming) {
		this(header, trustIncoming, null);
	}

	/**
	 * Create the policy.
	 * @param header the request and response header name
	 * @param trustIncoming whether a valid incoming id is reused
	 * @param traceIds when not {@code null}, the current trace id (if any) is the request id
	 */
	public RequestIds(String header, boolean trustIncoming, TraceIdSource traceIds) {
		this.header = header;
		this.trustIncoming = trustIncoming;
		this.traceIds = traceIds;
	}

	/** The trace id source when the request id follows the trace id, else {@code null}. */
	public TraceIdSource traceIds() {
		return this.traceIds;
	}

	/** The header that carries the id. */
	public String header() {
		return this.header;
	}

	/**
	 * The id of a request, decided once and remembered in a request attribute.
	 * @param request the request
	 * @return the id
	 */
	public String of(HttpServletRequest request) {
		Object known = request.getAttribute(ATTRIBUTE);
		if (known instanceof String id) {
			return id;
		}
		String traceId = (this.traceIds != null) ? this.traceIds.currentTraceId() : null;
		String id = isValid(traceId) ? traceId : decide(request.getHeader(this.header));
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

	/**
	 * The id to use for an incoming header value.
	 * @param incoming the header value, may be {@code null}
	 * @return the incoming value when valid and trusted, else a new id
	 */
	public String decide(String incoming) {
		return (this.trustIncoming && isValid(incoming)) ? incoming : generate();
	}

	/**
	 * Whether a value is acceptable as a request id.
	 * @param value the value
	 * @return {@code true} for 1–128 characters of {@code [A-Za-z0-9._:-]}
	 */
	public static boolean isValid(String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '_' || c == ':' || c == '-';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A new random (version 4) UUID. Request ids are correlation handles, not secrets, so a fast
	 * thread-local generator is used instead of {@code SecureRandom}.
	 * @return the id
	 */
	public static String generate() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

}
