package io.github.errorenvelope.web;

import io.github.errorenvelope.classify.Causes;
import io.github.errorenvelope.classify.Texts;

import org.jspecify.annotations.Nullable;

/**
 * What makes two server failures "the same failure" for stack-trace de-duplication: the
 * exception class, the route that failed, the message with its variable parts masked, and
 * the classes of the causes.
 * <p>
 * The stack itself is deliberately not read: {@link Throwable#getStackTrace()}
 * materializes every frame (about a hundred in a Spring MVC request), which costs more
 * than the rest of a 500 response together — exactly what a storm of identical failures
 * cannot afford. Within one route, a different throw site almost always shows as a
 * different exception class, message or cause; the numbers, ids and quoted values that
 * vary from request to request do not split a failure. A {@link NullPointerException}'s
 * message is kept as it is: the JVM's helpful message names the expression that was null,
 * so it tells the throw sites apart and holds no request data.
 */
final class FailureSignature {

	/**
	 * How much of a message takes part: enough to tell templates apart, bounded in cost.
	 */
	private static final int MESSAGE_CHARS = 128;

	private static final int MAX_CAUSES = 4;

	private static final int MAX_ROUTE = 256;

	private static final char MASK = '#';

	private FailureSignature() {
	}

	/**
	 * The signature of a failure.
	 * @param failure the exception
	 * @param route the route template that failed (such as {@code /orders/{id}}), may be
	 * {@code null}
	 * @return the signature
	 */
	static String of(Throwable failure, @Nullable String route) {
		StringBuilder signature = new StringBuilder(160);
		signature.append(failure.getClass().getName());
		if (route != null) {
			signature.append(" @ ").append(route, 0, Math.min(route.length(), MAX_ROUTE));
		}
		signature.append(" : ");
		String message = Texts.safeMessage(failure);
		if (failure instanceof NullPointerException && message != null) {
			signature.append(message, 0, Math.min(message.length(), MESSAGE_CHARS));
		}
		else {
			appendTemplate(signature, message);
		}
		Causes.chain(failure)
			.stream()
			.skip(1)
			.limit(MAX_CAUSES)
			.forEach((cause) -> signature.append(" <- ").append(cause.getClass().getName()));
		return signature.toString();
	}

	/**
	 * Append the start of a message with every token that holds a digit (ids, numbers,
	 * UUIDs, ports, durations) and every quoted value replaced by {@code #}.
	 */
	static void appendTemplate(StringBuilder out, @Nullable String message) {
		if (message == null) {
			out.append('-');
			return;
		}
		int end = Math.min(message.length(), MESSAGE_CHARS);
		int i = 0;
		while (i < end) {
			char c = message.charAt(i);
			if (isTokenChar(c)) {
				int start = i;
				boolean digit = false;
				while (i < end && isTokenChar(message.charAt(i))) {
					char t = message.charAt(i);
					digit |= (t >= '0' && t <= '9') || (t >= 128 && Character.isDigit(t));
					i++;
				}
				if (digit) {
					out.append(MASK);
				}
				else {
					out.append(message, start, i);
				}
			}
			else if (isOpeningQuote(message, i)) {
				int close = message.indexOf(c, i + 1);
				out.append(c).append(MASK).append(c);
				i = (close < 0 || close >= end) ? end : close + 1;
			}
			else {
				out.append(c);
				i++;
			}
		}
	}

	private static boolean isTokenChar(char c) {
		if (c < 128) {
			// the common case, without the Unicode tables
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
					|| c == '.';
		}
		return Character.isLetterOrDigit(c);
	}

	/** A quote that opens a value: not an apostrophe inside a word such as "can't". */
	private static boolean isOpeningQuote(String message, int index) {
		char c = message.charAt(index);
		if (c == '"' || c == '`') {
			return true;
		}
		return c == '\'' && (index == 0 || !Character.isLetterOrDigit(message.charAt(index - 1)));
	}

}
