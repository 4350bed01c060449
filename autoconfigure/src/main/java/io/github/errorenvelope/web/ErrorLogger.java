package io.github.errorenvelope.web;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.web.RepeatedFailures.Repeat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import org.springframework.boot.logging.LogLevel;

/**
 * Writes exactly one bounded line per error response: method, path, status, code,
 * exception class and request id. Server errors carry their stack trace the first time a
 * failure is seen within the repeat window; repeats log one line naming the first
 * occurrence's request id and the count. Request bodies, rejected values and exception
 * messages of client errors are never logged.
 */
public final class ErrorLogger {

	/** The logger every error line goes to. */
	public static final String LOGGER_NAME = "io.github.errorenvelope.ErrorEnvelope";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	private static final int MAX_PATH = 256;

	private static final int MAX_CODE = 128;

	private final ErrorLogPolicy policy;

	private final RepeatedFailures repeats;

	/**
	 * Create the logger.
	 * @param policy the level policy
	 * @param repeats the repeated-failure table
	 */
	public ErrorLogger(ErrorLogPolicy policy, RepeatedFailures repeats) {
		this.policy = policy;
		this.repeats = repeats;
	}

	/**
	 * Log an error response.
	 * @param error the error as sent (output code)
	 * @param exception the cause, may be {@code null}
	 * @param method the request method
	 * @param path the request path
	 * @param route the route template that failed (such as {@code /orders/{id}}),
	 * {@code null} when no handler was matched
	 * @param committed whether the response was already committed, so the envelope is not
	 * written
	 */
	public void log(ApiError error, @Nullable Throwable exception, String method, String path, @Nullable String route,
			boolean committed) {
		LogLevel level = this.policy.levelFor(error.getStatus(), exception);
		Level slf4j = toSlf4j(level);
		if (slf4j == null || !logger.isEnabledForLevel(slf4j)) {
			return;
		}
		StringBuilder line = line(error, exception, method, path);
		if (committed) {
			line.append(" response already committed, envelope not written");
		}
		Throwable trace = null;
		if (error.isServerError() && exception != null) {
			Repeat repeat = this.repeats.record(exception, route, error.getRequestId());
			if (repeat == null) {
				trace = BoundedFailure.boundedForLogging(exception);
			}
			else {
				line.append(" repeated failure #")
					.append(repeat.count())
					.append(", stack trace logged with request_id=")
					.append(repeat.firstRequestId());
			}
		}
		if (trace != null) {
			logger.atLevel(slf4j).setCause(trace).log(line.toString());
		}
		else {
			logger.atLevel(slf4j).log(line.toString());
		}
	}

	/**
	 * Log, at {@code DEBUG}, that the client went away before it could be answered.
	 * @param failure how the connection failed
	 * @param method the request method
	 * @param path the request path
	 * @param requestId the request id
	 */
	public void logClientGone(Throwable failure, String method, String path, String requestId) {
		if (!logger.isDebugEnabled()) {
			return;
		}
		StringBuilder line = new StringBuilder(128);
		line.append(method).append(' ');
		appendClean(line, path, MAX_PATH);
		line.append(" -> client went away (")
			.append(failure.getClass().getSimpleName())
			.append(") [request_id=")
			.append(requestId)
			.append(']');
		logger.debug(line.toString());
	}

	/**
	 * Log that the envelope itself could not be produced.
	 * @param what what went wrong
	 * @param requestId the request id
	 * @param failure the failure, may be {@code null}
	 */
	public void logFailure(String what, String requestId, @Nullable Throwable failure) {
		if (failure != null) {
			logger.atError()
				.setCause(BoundedFailure.boundedForLogging(failure))
				.log(what + " [request_id=" + requestId + "]");
		}
		else {
			logger.error("{} [request_id={}]", what, requestId);
		}
	}

	private static StringBuilder line(ApiError error, @Nullable Throwable exception, String method, String path) {
		StringBuilder line = new StringBuilder(160);
		line.append(method).append(' ');
		appendClean(line, path, MAX_PATH);
		line.append(" -> ").append(error.getStatus()).append(' ');
		appendClean(line, error.getCode(), MAX_CODE);
		if (exception != null) {
			line.append(" (").append(exception.getClass().getSimpleName()).append(')');
		}
		line.append(" [request_id=").append(error.getRequestId()).append(']');
		return line;
	}

	/**
	 * Append text without control characters (no forged log lines), cut to a maximum
	 * length.
	 */
	private static void appendClean(StringBuilder line, @Nullable String text, int max) {
		if (text == null) {
			line.append('-');
			return;
		}
		int end = Math.min(text.length(), max);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			line.append(Character.isISOControl(c) ? '?' : c);
		}
		if (text.length() > max) {
			line.append('…');
		}
	}

	private static @Nullable Level toSlf4j(LogLevel level) {
		return switch (level) {
			case TRACE -> Level.TRACE;
			case DEBUG -> Level.DEBUG;
			case INFO -> Level.INFO;
			case WARN -> Level.WARN;
			case ERROR, FATAL -> Level.ERROR;
			case OFF -> null;
		};
	}

}
