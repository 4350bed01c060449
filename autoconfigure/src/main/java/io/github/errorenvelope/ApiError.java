package io.github.errorenvelope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The one model every envelope style renders from: HTTP status, machine code, error type,
 * safe message, field violations, extra detail members, extra response headers and the
 * request id. Instances are immutable; use {@link #builder(int)} or {@link #toBuilder()}
 * to make changed copies.
 */
public final class ApiError {

	private final int status;

	private final @Nullable String code;

	private final @Nullable String type;

	private final @Nullable String message;

	private final boolean customMessage;

	private final List<FieldViolation> violations;

	private final int omittedViolations;

	private final Map<String, Object> details;

	private final Map<String, String> headers;

	private final @Nullable String requestId;

	private final @Nullable String path;

	private ApiError(Builder builder) {
		this.status = builder.status;
		this.code = builder.code;
		this.type = builder.type;
		this.violations = List.copyOf(builder.violations);
		this.omittedViolations = builder.omittedViolations;
		this.customMessage = builder.message != null;
		this.message = this.customMessage ? builder.message : joinedMessage(this.violations, this.omittedViolations);
		this.details = frozen(builder.details);
		this.headers = frozen(builder.headers);
		this.requestId = builder.requestId;
		this.path = builder.path;
	}

	private static <V> Map<String, V> frozen(Map<String, V> members) {
		return members.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
	}

	/**
	 * Start an error with the given HTTP status.
	 * @param status the HTTP status code
	 * @return a new builder
	 */
	public static Builder builder(int status) {
		return new Builder(status);
	}

	/**
	 * The default message of a validation error: each violation as a sentence, in request
	 * order, e.g.
	 * {@code "name: must not be blank. items[0].quantity: must be greater than 0."}.
	 * @param violations the violations
	 * @param omitted how many violations were left out of the list
	 * @return the joined sentences, or {@code null} when there are no violations
	 */
	public static @Nullable String joinedMessage(List<FieldViolation> violations, int omitted) {
		if (violations.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (FieldViolation violation : violations) {
			if (text.length() > 0) {
				text.append(' ');
			}
			appendSentence(text, violation.field(), violation.message());
		}
		if (omitted > 0) {
			text.append(" \u2026 and ").append(omitted).append(" more.");
		}
		return text.toString();
	}

	private static void appendSentence(StringBuilder text, @Nullable String field, @Nullable String message) {
		if (field != null && !field.isEmpty()) {
			text.append(field).append(": ");
		}
		String sentence = (message != null) ? message.strip() : "is invalid";
		text.append(sentence);
		if (!sentence.endsWith(".") && !sentence.endsWith("!") && !sentence.endsWith("?")) {
			text.append('.');
		}
	}

	/** The HTTP status code. */
	public int getStatus() {
		return this.status;
	}

	/**
	 * The machine code: canonical inside the pipeline, renamed and cased when a style
	 * renders it.
	 */
	public @Nullable String getCode() {
		return this.code;
	}

	/** The error group, e.g. {@code validation}, {@code not_found}, {@code server}. */
	public @Nullable String getType() {
		return this.type;
	}

	/** The safe human-readable message (joined violation sentences when none was set). */
	public @Nullable String getMessage() {
		return this.message;
	}

	/**
	 * Whether the message was set explicitly rather than joined from the violations, so
	 * styles with a summary line for validation errors keep a message chosen by the
	 * application.
	 */
	public boolean hasCustomMessage() {
		return this.customMessage;
	}

	/**
	 * The field violations, in request order; empty when the error is not about fields.
	 */
	public List<FieldViolation> getViolations() {
		return this.violations;
	}

	/**
	 * How many violations were left out of {@link #getViolations()} by the configured
	 * limit.
	 */
	public int getOmittedViolations() {
		return this.omittedViolations;
	}

	/** Extra members for the style's details slot, e.g. {@code retry_after}. */
	public Map<String, Object> getDetails() {
		return this.details;
	}

	/** Extra response headers, e.g. {@code Retry-After} or {@code Allow}. */
	public Map<String, String> getHeaders() {
		return this.headers;
	}

	/** The request id, as sent in the request-id header. */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/** The request path (without query), or {@code null} when unknown. */
	public @Nullable String getPath() {
		return this.path;
	}

	/** Whether this is a server-side (5xx) error. */
	public boolean isServerError() {
		return this.status >= 500;
	}

	/** A builder pre-filled with this error. */
	public Builder toBuilder() {
		Builder builder = new Builder(this.status);
		builder.code = this.code;
		builder.type = this.type;
		builder.message = this.customMessage ? this.message : null;
		builder.violations.addAll(this.violations);
		builder.omittedViolations = this.omittedViolations;
		builder.details.putAll(this.details);
		builder.headers.putAll(this.headers);
		builder.requestId = this.requestId;
		builder.path = this.path;
		return builder;
	}

	@Override
	public String toString() {
		return "ApiError[status=" + this.status + ", code=" + this.code + ", type=" + this.type + ", violations="
				+ this.violations.size() + ", requestId=" + this.requestId + "]";
	}

	/**
	 * Mutable builder for {@link ApiError}; also what {@link ApiErrorCustomizer}s change.
	 */
	public static final class Builder {

		private int status;

		private @Nullable String code;

		private @Nullable String type;

		private @Nullable String message;

		private final List<FieldViolation> violations = new ArrayList<>();

		private int omittedViolations;

		private final Map<String, Object> details = new LinkedHashMap<>();

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable String requestId;

		private @Nullable String path;

		private Builder(int status) {
			this.status = status;
		}

		/** Set the HTTP status code. */
		public Builder status(int status) {
			this.status = status;
			return this;
		}

		/** Set the machine code. */
		public Builder code(@Nullable String code) {
			this.code = code;
			return this;
		}

		/** Set the error type (group). */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/** Set the message; {@code null} restores the default (joined violations). */
		public Builder message(@Nullable String message) {
			this.message = message;
			return this;
		}

		/** Add a field violation. */
		public Builder violation(FieldViolation violation) {
			this.violations.add(Objects.requireNonNull(violation, "violation"));
			return this;
		}

		/** Replace all field violations. */
		public Builder violations(List<FieldViolation> violations) {
			this.violations.clear();
			this.violations.addAll(violations);
			return this;
		}

		/** Set how many violations were left out. */
		public Builder omittedViolations(int omitted) {
			this.omittedViolations = omitted;
			return this;
		}

		/** Add (or replace) a detail member; a {@code null} value removes it. */
		public Builder detail(String name, @Nullable Object value) {
			if (value == null) {
				this.details.remove(name);
			}
			else {
				this.details.put(name, value);
			}
			return this;
		}

		/** Add (or replace) a response header; a {@code null} value removes it. */
		public Builder header(String name, @Nullable String value) {
			if (value == null) {
				this.headers.remove(name);
			}
			else {
				this.headers.put(name, value);
			}
			return this;
		}

		/** Set the request id. */
		public Builder requestId(@Nullable String requestId) {
			this.requestId = requestId;
			return this;
		}

		/** Set the request path. */
		public Builder path(@Nullable String path) {
			this.path = path;
			return this;
		}

		/** The status set so far. */
		public int getStatus() {
			return this.status;
		}

		/** The code set so far. */
		public @Nullable String getCode() {
			return this.code;
		}

		/** The type set so far. */
		public @Nullable String getType() {
			return this.type;
		}

		/** The explicit message set so far, or {@code null}. */
		public @Nullable String getMessage() {
			return this.message;
		}

		/** The violations added so far (a live list). */
		public List<FieldViolation> getViolations() {
			return this.violations;
		}

		/** The details added so far (a live map). */
		public Map<String, Object> getDetails() {
			return this.details;
		}

		/** The headers added so far (a live map). */
		public Map<String, String> getHeaders() {
			return this.headers;
		}

		/** The request id set so far. */
		public @Nullable String getRequestId() {
			return this.requestId;
		}

		/** The request path set so far. */
		public @Nullable String getPath() {
			return this.path;
		}

		/** Build the immutable error. */
		public ApiError build() {
			return new ApiError(this);
		}

	}

}
