package io.github.errorenvelope.web;

import io.github.errorenvelope.ApiError;

import org.jspecify.annotations.Nullable;

/**
 * Told of every error response the pipeline writes, after it is built and before it is
 * written — for metrics and auditing. Observers must be fast and must not throw; a
 * failing observer is ignored.
 */
@FunctionalInterface
public interface ErrorObserver {

	/**
	 * An error response is about to be written.
	 * @param error the error as sent (output code)
	 * @param exception the cause, may be {@code null}
	 */
	void onError(ApiError error, @Nullable Throwable exception);

}
