package io.github.errorenvelope.testapp;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;

@ErrorCode(value = "QUOTA_EXCEEDED", status = 429)
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
