package io.github.errorenvelope.web;

import io.github.errorenvelope.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes exactly one line per error response: method, path, status, code and request id. Server
 * errors (5xx) are logged at ERROR with the stack trace; client errors (4xx) at DEBUG without one,
 * and never with request bodies or rejected values.
 */
public class ErrorLogger {

	private static final Logger logger = LoggerFactory.getLogger("io.github.errorenvelope.ErrorEnvelope");

	private static final int MAX_PATH = 256;

	/**
	 * Log an error response.
	 * @param error the error as sent (output code)
	 * @param exception the cause, may be {@code null}
	 * @param method the request method
	 * @param path the request path
	 */
	public void log(ApiError error, Throwable exception, String method, String path) {
		if (error.isServerError()) {
			if (logger.isErrorEnabled()) {
				logger.error(line(error, exception, method, path), exception);
			}
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(line(error, exception, method, path));
		}
	}

	/**
	 * Log that an error could not be written (response committed, client gone, envelope failed).
	 * @param what what went wrong
	 * @param requestId the request id
	 * @param failure the failure, may be {@code null}
	 */
	public void logFailure(String what, String requestId, Throwable failure) {
		logger.error("{} [request_id={}]", what, requestId, failure);
	}

	private static String line(ApiError error, Throwable exception, String method, String path) {
		StringBuilder line = new StringBuilder(128);
		line.append(method).append(' ').append(clip(path)).append(" -> ").append(error.getStatus()).append(' ')
			.append(error.getCode());
		if (exception != null) {
			line.append(" (").append(exception.getClass().getSimpleName()).append(')');
		}
		line.append(" [request_id=").append(error.getRequestId()).append(']');
		return line.toString();
	}

	private static String clip(String path) {
		if (path == null) {
			return "";
		}
		String safe = path.replaceAll("[\\p{Cntrl}]", "?");
		return (safe.length() > MAX_PATH) ? safe.substring(0, MAX_PATH) + "…" : safe;
	}

}
