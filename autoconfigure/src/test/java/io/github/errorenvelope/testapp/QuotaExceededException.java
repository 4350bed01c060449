package io.github.errorenvelope.testapp;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;

import org.springframework.http.HttpStatus;

@ErrorCode(value = "QUOTA_EXCEEDED", status = HttpStatus.TOO_MANY_REQUESTS)
public class QuotaExceededException extends RuntimeException {

	private final int retryAfter;

	public QuotaExceededException(int retryAfter) {
		super("Quota exceeded.");
		this.retryAfter = retryAfter;
	}

	@ErrorDetail(value = "retry_after", header = "Retry-After")
	public int getRetryAfter() {
		return this.retryAfter;
	}

}
