package io.github.errorenvelope.sample.reactive;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;

import org.springframework.http.HttpStatus;

/**
 * Thrown when a client exports too often: 429 with {@code retry_after} and
 * {@code Retry-After}.
 */
@ErrorCode(value = "RATE_LIMITED", status = HttpStatus.TOO_MANY_REQUESTS)
public class RateLimitedException extends RuntimeException {

	private final long retryAfterSeconds;

	public RateLimitedException(long retryAfterSeconds) {
		super("Too many exports. Try again in " + retryAfterSeconds + " seconds.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@ErrorDetail(value = "retry_after", header = "Retry-After")
	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
