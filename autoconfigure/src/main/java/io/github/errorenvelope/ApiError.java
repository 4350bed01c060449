package io.github.errorenvelope;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The one model every envelope style renders from: what the classifier decided (HTTP
 * status, machine code, error type, safe message, field violations, extra detail members,
 * extra response headers) plus the request id and path. Instances are immutable; use
 * {@link #builder(int)} or {@link #toBuilder()} to make changed copies.
 */
public final class ApiError {

	private final int status;

	private final @Nullable String code;

	private final @Nullable String type;

	private final @Nullable String message;

	private final boolean customMessage;

	private final List<FieldViolation> violations;

	private final Map<String, Object> details;

	private final Map<String, String> headers;

	private final @Nullable String requestId;

	private final @Nullable String path;

	private ApiError(Builder builder) {
		this.status = builder.status;
		this.code = builder.code;
		this.type = builder.type;
		this.message = builder.message;
		this.customMessage = builder.customMessage;
		ErrorMembers members = builder.members.handOver();
		this.violations = members.violations();
		this.details = members.details();
		this.headers = members.headers();
		this.requestId = builder.requestId;
		this.path = builder.path;
	}

	/**
	 * Start an error with the given HTTP status.
	 * @param status the HTTP status code
	 * @return a new builder
	 */
	public static Builder builder(int status) {
		return new Builder(status);
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

	/**
	 * The safe human-readable message: the one set on the builder, or the default the
	 * classification chose (for a validation error, its violations as sentences).
	 */
	public @Nullable String getMessage() {
		return this.message;
	}

	/**
	 * Whether the message was chosen by the application (a mapping, a translation, a
	 * customizer) rather than being the classification's default, so styles with a
	 * summary line for validation errors keep it.
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
		builder.message = this.message;
		builder.customMessage = this.customMessage;
		builder.members = new ErrorMembers(this.violations, this.details, this.headers);
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
	 * Reusing it after {@link #build()} never changes the built error.
	 */
	public static final class Builder {

		private int status;

		private @Nullable String code;

		private @Nullable String type;

		private @Nullable String message;

		private boolean customMessage;

		private ErrorMembers members = new ErrorMembers();

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

		/**
		 * Set the message; {@code null} restores the default (for a validation error, its
		 * violations as sentences).
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
			this.customMessage = message != null;
			return this;
		}

		/**
		 * Set the message the classification chose for an error whose message nobody set.
		 * @param message the default message
		 * @return this builder
		 */
		public Builder defaultMessage(@Nullable String message) {
			this.message = message;
			this.customMessage = false;
			return this;
		}

		/** Add a field violation. */
		public Builder violation(FieldViolation violation) {
			this.members.addViolation(Objects.requireNonNull(violation, "violation"));
			return this;
		}

		/** Replace all field violations. */
		public Builder violations(List<FieldViolation> violations) {
			this.members.setViolations(violations);
			return this;
		}

		/** Add (or replace) a detail member; a {@code null} value removes it. */
		public Builder detail(String name, @Nullable Object value) {
			this.members.putDetail(name, value);
			return this;
		}

		/** Add (or replace) a response header; a {@code null} value removes it. */
		public Builder header(String name, @Nullable String value) {
			this.members.putHeader(name, value);
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

		/** The message set so far, or {@code null}. */
		public @Nullable String getMessage() {
			return this.message;
		}

		/** The violations added so far (read-only: change them with the builder). */
		public List<FieldViolation> getViolations() {
			return this.members.violations();
		}

		/** The details added so far (read-only: change them with the builder). */
		public Map<String, Object> getDetails() {
			return this.members.details();
		}

		/** The headers added so far (read-only: change them with the builder). */
		public Map<String, String> getHeaders() {
			return this.members.headers();
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
