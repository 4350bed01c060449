package io.github.errorenvelope.classify;

import java.io.IOException;

import io.github.errorenvelope.ErrorCodes;

import org.jspecify.annotations.Nullable;

/**
 * Thrown while reading a request body that is larger than
 * {@code error-envelope.limits.max-body-size}; classified as 413
 * {@code PAYLOAD_TOO_LARGE}, also when a message converter wraps it.
 */
public final class PayloadTooLargeException extends IOException {

	private final long limit;

	/**
	 * Create the exception.
	 * @param limit the limit in bytes
	 */
	public PayloadTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	/** The limit in bytes. */
	public long getLimit() {
		return this.limit;
	}

	/**
	 * Find this exception in a cause chain.
	 * @param failure the outermost exception
	 * @return the payload-too-large cause, or {@code null}
	 */
	static @Nullable PayloadTooLargeException findIn(Throwable failure) {
		return Causes.find(failure, PayloadTooLargeException.class);
	}

	/** The error for this exception: 413 with the limit as a detail. */
	io.github.errorenvelope.ApiError.Builder toError() {
		return io.github.errorenvelope.ApiError.builder(413)
			.code(ErrorCodes.PAYLOAD_TOO_LARGE)
			.message("The request body is larger than " + this.limit + " bytes.")
			.detail("max_body_size", this.limit);
	}

}
