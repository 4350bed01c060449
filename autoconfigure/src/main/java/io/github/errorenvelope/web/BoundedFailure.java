package io.github.errorenvelope.web;

import io.github.errorenvelope.classify.Causes;
import io.github.errorenvelope.classify.Texts;

import org.jspecify.annotations.Nullable;

/**
 * A stand-in for an exception whose message is too long to log (a 1 MB value in an
 * exception message would make a 1 MB log line): same class name in the message, same
 * stack trace, message cut, causes treated alike.
 */
final class BoundedFailure extends RuntimeException {

	private static final int MAX_MESSAGE = 1024;

	private static final int MAX_DEPTH = 8;

	private BoundedFailure(Throwable original, int depth) {
		super(original.getClass().getName() + ": " + clip(Texts.safeMessage(original)),
				(depth < MAX_DEPTH && original.getCause() != null && original.getCause() != original)
						? of(original.getCause(), depth + 1) : null,
				false, true);
		setStackTrace(original.getStackTrace());
	}

	/**
	 * The exception to hand to the logger: the original when every message in its cause
	 * chain is short, else a bounded copy.
	 * @param failure the exception
	 * @return what to log
	 */
	static Throwable boundedForLogging(Throwable failure) {
		return needsBounding(failure, 0) ? of(failure, 0) : failure;
	}

	private static Throwable of(Throwable failure, int depth) {
		return needsBounding(failure, depth) ? new BoundedFailure(failure, depth) : failure;
	}

	private static boolean needsBounding(Throwable failure, int depth) {
		return Causes.chain(failure).stream().limit(Math.max(0, MAX_DEPTH - depth)).anyMatch((link) -> {
			String message = Texts.safeMessage(link);
			return message != null && message.length() > MAX_MESSAGE;
		});
	}

	private static @Nullable String clip(@Nullable String message) {
		if (message == null || message.length() <= MAX_MESSAGE) {
			return message;
		}
		return message.substring(0, MAX_MESSAGE) + "… (" + message.length() + " characters)";
	}

}
