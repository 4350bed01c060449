package io.github.errorenvelope.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;

/**
 * One typed view of an error response, whatever envelope style the server used: HTTP
 * status, code, type, message, field violations, extra details, request id and
 * {@code Retry-After}. A response whose body is not an envelope (an HTML page from a
 * proxy, an empty 502) is a view too: {@link #isEnvelope()} is {@code false} and only the
 * status, headers-derived members and {@link #getRawBody()} are set.
 */
public final class ErrorEnvelope {

	private final int status;

	private final String style;

	private final String code;

	private final String type;

	private final String message;

	private final List<Violation> violations;

	private final Map<String, Object> details;

	private final String requestId;

	private final Duration retryAfter;

	private final String rawBody;

	private final HttpHeaders headers;

	private ErrorEnvelope(Builder builder) {
		this.status = builder.status;
		this.style = builder.style;
		this.code = builder.code;
		this.type = builder.type;
		this.message = builder.message;
		this.violations = List.copyOf(builder.violations);
		this.details = Collections.unmodifiableMap(new LinkedHashMap<>(builder.details));
		this.requestId = builder.requestId;
		this.retryAfter = builder.retryAfter;
		this.rawBody = (builder.rawBody != null) ? builder.rawBody : "";
		this.headers = HttpHeaders.readOnlyHttpHeaders(builder.headers);
	}

	/**
	 * Start a view of a response with the given status.
	 * @param status the HTTP status code
	 * @return a new builder
	 */
	public static Builder builder(int status) {
		return new Builder(status);
	}

	/** The HTTP status code of the response. */
	public int getStatus() {
		return this.status;
	}

	/** Whether the body was recognised as an error envelope. */
	public boolean isEnvelope() {
		return this.style != null;
	}

	/**
	 * The style the body was read as ({@code nested-error}, {@code claid}, …, or the name
	 * of a custom {@link EnvelopeReader}), or {@code null} when the body is not an
	 * envelope.
	 */
	public String getStyle() {
		return this.style;
	}

	/**
	 * The machine code exactly as the body wrote it (numeric codes as their digits), or
	 * {@code null}.
	 */
	public String getCode() {
		return this.code;
	}

	/**
	 * Whether the code is the given one, ignoring case and word separators, so
	 * {@code ORDER_NOT_FOUND} matches {@code order_not_found} and {@code orderNotFound}.
	 * @param expected the code to compare with
	 * @return whether they name the same code
	 */
	public boolean hasCode(String expected) {
		return this.code != null && expected != null && canonicalCode(this.code).equals(canonicalCode(expected));
	}

	/**
	 * The error group ({@code validation}, {@code not_found}, …) where the style carries
	 * one, else {@code null}.
	 */
	public String getType() {
		return this.type;
	}

	/** The human-readable message, or {@code null}. */
	public String getMessage() {
		return this.message;
	}

	/**
	 * The field violations, in the order the body lists them; empty when there are none.
	 */
	public List<Violation> getViolations() {
		return this.violations;
	}

	/**
	 * The messages of one field's violations.
	 * @param field the field path as the body writes it, e.g. {@code items[0].quantity}
	 * @return the messages, empty when the field has none
	 */
	public List<String> violationMessages(String field) {
		List<String> messages = new ArrayList<>();
		for (Violation violation : this.violations) {
			if (violation.field().equals(field)) {
				messages.add(violation.message());
			}
		}
		return messages;
	}

	/**
	 * Extra detail members (e.g. {@code retry_after}, {@code order_id}), in body order.
	 */
	public Map<String, Object> getDetails() {
		return this.details;
	}

	/**
	 * One detail member.
	 * @param name the member name, e.g. {@code order_id}
	 * @return the value, if present
	 */
	public Optional<Object> detail(String name) {
		return Optional.ofNullable(this.details.get(name));
	}

	/**
	 * The request id: from the body where the style has a slot, else from the response
	 * header.
	 */
	public String getRequestId() {
		return this.requestId;
	}

	/**
	 * How long the server asked the caller to wait ({@code Retry-After}, seconds or HTTP
	 * date), if it did.
	 */
	public Optional<Duration> getRetryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/**
	 * The response body as received (decoded as UTF-8 unless the response said
	 * otherwise); never {@code null}.
	 */
	public String getRawBody() {
		return this.rawBody;
	}

	/**
	 * The response headers (read-only), e.g. {@code Allow} or {@code WWW-Authenticate};
	 * empty for a bare body.
	 */
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	@Override
	public String toString() {
		if (!isEnvelope()) {
			return "ErrorEnvelope[status=" + this.status + ", not an envelope, body=" + abbreviated(this.rawBody) + "]";
		}
		return "ErrorEnvelope[status=" + this.status + ", style=" + this.style + ", code=" + this.code + ", type="
				+ this.type + ", message=" + this.message + ", violations=" + this.violations + ", details="
				+ this.details + ", requestId=" + this.requestId + "]";
	}

	private static String abbreviated(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 200) + "…";
	}

	/**
	 * A code reduced to upper-case letters and digits separated by single underscores,
	 * the form codes are compared in ({@code orderNotFound}, {@code order-not-found} →
	 * {@code ORDER_NOT_FOUND}).
	 * @param code the code
	 * @return the canonical form
	 */
	public static String canonicalCode(String code) {
		StringBuilder out = new StringBuilder(code.length() + 4);
		char previous = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			boolean boundary = !Character.isLetterOrDigit(c)
					|| (Character.isUpperCase(c) && Character.isLowerCase(previous));
			if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
				out.append('_');
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
			previous = c;
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == '_') {
			end--;
		}
		return out.substring(0, end).toUpperCase(Locale.ROOT);
	}

	/**
	 * One invalid field or parameter.
	 *
	 * @param field the path as the server wrote it: JSON names, dots for nesting,
	 * {@code [i]} for list elements; {@code request} for a violation of the whole request
	 * @param message the problem, e.g. {@code must be greater than or equal to 1}
	 */
	public record Violation(String field, String message) {
	}

	/**
	 * Mutable builder for {@link ErrorEnvelope}, filled by the {@link EnvelopeReader}s.
	 */
	public static final class Builder {

		private final int status;

		private String style;

		private String code;

		private String type;

		private String message;

		private final List<Violation> violations = new ArrayList<>();

		private final Map<String, Object> details = new LinkedHashMap<>();

		private String requestId;

		private Duration retryAfter;

		private String rawBody;

		private HttpHeaders headers = new HttpHeaders();

		private Builder(int status) {
			this.status = status;
		}

		/** Set the style the body was read as (marks the view as an envelope). */
		public Builder style(String style) {
			this.style = style;
			return this;
		}

		/** Set the code. */
		public Builder code(String code) {
			this.code = code;
			return this;
		}

		/** Set the type. */
		public Builder type(String type) {
			this.type = type;
			return this;
		}

		/** Set the message. */
		public Builder message(String message) {
			this.message = message;
			return this;
		}

		/** Add a violation. */
		public Builder violation(String field, String message) {
			this.violations.add(new Violation(field, message));
			return this;
		}

		/** Add a detail member ({@code null} values are skipped). */
		public Builder detail(String name, Object value) {
			if (value != null) {
				this.details.put(name, value);
			}
			return this;
		}

		/** Set the request id (a blank one is ignored). */
		public Builder requestId(String requestId) {
			if (requestId != null && !requestId.isBlank()) {
				this.requestId = requestId;
			}
			return this;
		}

		/** A detail added so far, or {@code null}. */
		public Object getDetail(String name) {
			return this.details.get(name);
		}

		/** The request id set so far. */
		public String getRequestId() {
			return this.requestId;
		}

		/** Set the {@code Retry-After} delay. */
		public Builder retryAfter(Duration retryAfter) {
			this.retryAfter = retryAfter;
			return this;
		}

		/** Set the raw body text. */
		public Builder rawBody(String rawBody) {
			this.rawBody = rawBody;
			return this;
		}

		/** Set the response headers. */
		public Builder headers(HttpHeaders headers) {
			this.headers = (headers != null) ? headers : new HttpHeaders();
			return this;
		}

		/** Build the immutable view. */
		public ErrorEnvelope build() {
			return new ErrorEnvelope(this);
		}

	}

}
