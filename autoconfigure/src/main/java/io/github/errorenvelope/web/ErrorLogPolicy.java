package io.github.errorenvelope.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.errorenvelope.util.BoundedCache;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.LogLevel;

/**
 * Decides the level an error response is logged at. Configured levels win, most specific
 * first: the exception class (or a superclass), then the exact status ({@code 404}), then
 * the status range ({@code 4xx}); without configuration 5xx log at ERROR and everything
 * else at DEBUG.
 */
public final class ErrorLogPolicy {

	private static final int MAX_CACHED = 1024;

	private final Map<String, LogLevel> byKey;

	private final BoundedCache<Class<?>, Optional<LogLevel>> byExceptionCache = new BoundedCache<>(MAX_CACHED);

	/**
	 * Create the policy.
	 * @param levels levels keyed by {@code 4xx}/{@code 5xx}, an exact status, or an
	 * exception class name
	 */
	public ErrorLogPolicy(Map<String, LogLevel> levels) {
		this.byKey = new LinkedHashMap<>();
		levels.forEach((key, level) -> this.byKey.put(normalizeStatusKey(key.trim()), level));
	}

	private static String normalizeStatusKey(String key) {
		// "4XX" and "4xx" mean the same; class names keep their case
		return key.matches("[1-5][xX][xX]") ? key.toLowerCase(Locale.ROOT) : key;
	}

	/**
	 * The level for an error.
	 * @param status the response status
	 * @param exception the exception, may be {@code null}
	 * @return the level; {@link LogLevel#OFF} means not logged
	 */
	public LogLevel levelFor(int status, @Nullable Throwable exception) {
		if (!this.byKey.isEmpty()) {
			LogLevel configured = (exception != null) ? forException(exception.getClass()) : null;
			if (configured == null) {
				configured = this.byKey.get(Integer.toString(status));
			}
			if (configured == null) {
				configured = this.byKey.get((status / 100) + "xx");
			}
			if (configured != null) {
				return configured;
			}
		}
		return (status >= 500) ? LogLevel.ERROR : LogLevel.DEBUG;
	}

	private @Nullable LogLevel forException(Class<?> type) {
		return this.byExceptionCache.get(type, this::configuredFor).orElse(null);
	}

	private Optional<LogLevel> configuredFor(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			LogLevel level = this.byKey.get(current.getName());
			if (level != null) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
