package io.github.errorenvelope.classify;

import java.util.Map;

/**
 * The settings that shape classification, taken from {@code error-envelope.*} properties.
 *
 * @param exposeInternalMessages show 5xx exceptions' own messages (never in production)
 * @param exposeRejectedValues keep rejected values on violations
 * @param maxViolations the most violations one error lists
 * @param types error types by HTTP status, overriding the defaults
 * @param exceptionMappings status, code, type and message per exception class name
 */
public record ClassifierOptions(boolean exposeInternalMessages, boolean exposeRejectedValues, int maxViolations,
		Map<Integer, String> types, ExceptionMappings exceptionMappings) {

	/** The defaults: nothing internal exposed, 50 violations, no overrides. */
	public static ClassifierOptions defaults() {
		return new ClassifierOptions(false, false, 50, Map.of(), ExceptionMappings.NONE);
	}

}
