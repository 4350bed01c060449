package io.github.errorenvelope.classify;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/** Bounds text that comes from a request before it is put into an error. */
public final class Texts {

	/** Longest request-derived text (field names, values) put into a body. */
	public static final int MAX_REQUEST_TEXT = 256;

	private Texts() {
	}

	/**
	 * Cut request-derived text to {@link #MAX_REQUEST_TEXT} characters, marking the cut
	 * with "…".
	 * @param text the text, may be {@code null}
	 * @return the bounded text
	 */
	@Contract("!null -> !null")
	public static @Nullable String clip(@Nullable String text) {
		if (text == null || text.length() <= MAX_REQUEST_TEXT) {
			return text;
		}
		return text.substring(0, MAX_REQUEST_TEXT - 1) + "\u2026";
	}

	/**
	 * An exception's message, or {@code null} when {@code getMessage()} itself throws: an
	 * exception with a broken message must still get its envelope and its log line.
	 * @param failure the exception
	 * @return the message, may be {@code null}
	 */
	public static @Nullable String safeMessage(Throwable failure) {
		try {
			return failure.getMessage();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Whether the text has something besides white space. */
	@Contract("null -> false")
	public static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

}
