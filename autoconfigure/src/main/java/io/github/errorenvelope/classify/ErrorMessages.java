package io.github.errorenvelope.classify;

import java.util.List;
import java.util.Locale;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.util.BoundedCache;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Looks up translated messages: a {@code MessageSource} entry {@code error.<CODE>}
 * (canonical code) replaces an error's message, resolved in the request's locale with the
 * {@code @ErrorDetail} values as arguments. A missing entry, or a message source that
 * fails, leaves the message as it is.
 */
public final class ErrorMessages {

	/** The key prefix of translated error messages. */
	public static final String PREFIX = "error.";

	private static final int MAX_CACHED_KEYS = 1024;

	private final @Nullable MessageSource messageSource;

	private final BoundedCache<String, String> keys = new BoundedCache<>(MAX_CACHED_KEYS);

	/**
	 * Create the lookup.
	 * @param messageSource the application's message source, may be {@code null}
	 */
	public ErrorMessages(@Nullable MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	/**
	 * Replace the message of an error with its translation, if there is one.
	 * @param error the error being built (canonical code)
	 * @param arguments the message arguments
	 * @param locale the request's locale
	 */
	public void translate(ApiError.Builder error, List<Object> arguments, Locale locale) {
		if (this.messageSource == null || error.getCode() == null) {
			return;
		}
		try {
			String translated = this.messageSource.getMessage(keyOf(error.getCode()),
					arguments.isEmpty() ? null : arguments.toArray(), null, locale);
			if (Texts.hasText(translated)) {
				error.message(translated);
			}
		}
		catch (RuntimeException ex) {
			// a broken message source must not cost the client its error response
		}
	}

	private String keyOf(String code) {
		return this.keys.get(code, (canonical) -> PREFIX + canonical);
	}

}
