package io.github.errorenvelope;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/** How error codes are cased on output ({@code error-envelope.code-case}). */
public enum CodeCase {

	/** Codes are written exactly as defined. */
	AS_IS,

	/**
	 * {@code orderNotFound}, {@code order-not-found} and {@code ORDER_NOT_FOUND} become
	 * {@code ORDER_NOT_FOUND}.
	 */
	UPPER_SNAKE,

	/** {@code ORDER_NOT_FOUND} becomes {@code order_not_found}. */
	LOWER_SNAKE;

	/**
	 * Apply this case to a code.
	 * @param code the code
	 * @return the code in this case
	 */
	@Contract("!null -> !null")
	public @Nullable String apply(@Nullable String code) {
		if (code == null || this == AS_IS) {
			return code;
		}
		String snake = toSnake(code);
		return (this == UPPER_SNAKE) ? snake.toUpperCase(Locale.ROOT) : snake.toLowerCase(Locale.ROOT);
	}

	private static String toSnake(String code) {
		StringBuilder out = new StringBuilder(code.length() + 4);
		char previous = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				appendSeparator(out);
			}
			else {
				// a lower-to-upper step is a word boundary in camelCase codes
				if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
					appendSeparator(out);
				}
				out.append(c);
			}
			previous = c;
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == '_') {
			end--;
		}
		return out.substring(0, end);
	}

	private static void appendSeparator(StringBuilder out) {
		if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
			out.append('_');
		}
	}

}
