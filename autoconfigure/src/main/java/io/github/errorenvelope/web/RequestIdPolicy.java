package io.github.errorenvelope.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/**
 * Decides request ids without touching any request type, so the servlet and the reactive
 * entry points share one rule: a valid incoming id (1–128 characters of
 * {@code [A-Za-z0-9._:-]}) is reused when trusted, anything else is replaced by a new
 * random UUID, so a hostile header is never echoed.
 */
public class RequestIdPolicy {

	private static final int MAX_LENGTH = 128;

	private final String header;

	private final boolean trustIncoming;

	private final @Nullable TraceIdSource traceIds;

	/**
	 * Create the policy.
	 * @param header the request and response header name
	 * @param trustIncoming whether a valid incoming id is reused
	 * @param traceIds when not {@code null}, the current trace id (if any) is the request
	 * id
	 */
	public RequestIdPolicy(String header, boolean trustIncoming, @Nullable TraceIdSource traceIds) {
		this.header = header;
		this.trustIncoming = trustIncoming;
		this.traceIds = traceIds;
	}

	/**
	 * The trace id source when the request id follows the trace id, else {@code null}.
	 */
	public @Nullable TraceIdSource traceIds() {
		return this.traceIds;
	}

	/** The header that carries the id. */
	public String header() {
		return this.header;
	}

	/**
	 * The id for a new request: the current trace id when the id follows the trace, else
	 * the incoming header value when valid and trusted, else a new id.
	 * @param incoming the header value, may be {@code null}
	 * @return the id
	 */
	public String decideForRequest(@Nullable String incoming) {
		String traceId = (this.traceIds != null) ? this.traceIds.currentTraceId() : null;
		return isValid(traceId) ? traceId : decide(incoming);
	}

	/**
	 * The id to use for an incoming header value.
	 * @param incoming the header value, may be {@code null}
	 * @return the incoming value when valid and trusted, else a new id
	 */
	public String decide(@Nullable String incoming) {
		return (this.trustIncoming && isValid(incoming)) ? incoming : generate();
	}

	/**
	 * Whether a value is acceptable as a request id.
	 * @param value the value
	 * @return {@code true} for 1–128 characters of {@code [A-Za-z0-9._:-]}
	 */
	@Contract("null -> false")
	public static boolean isValid(@Nullable String value) {
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
	 * A new random (version 4) UUID. Request ids are correlation handles, not secrets, so
	 * a fast thread-local generator is used instead of {@code SecureRandom}.
	 * @return the id
	 */
	public static String generate() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

}
