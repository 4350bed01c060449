package io.github.errorenvelope;

import org.jspecify.annotations.Nullable;

/**
 * A hook that adjusts every error before it is rendered: add detail members or headers,
 * change the code, message, type or status. Customizer beans run in {@code @Order} order;
 * codes seen here are canonical (renaming and casing happen after all customizers).
 */
@FunctionalInterface
public interface ApiErrorCustomizer {

	/**
	 * Adjust an error.
	 * @param error the error being built; change it in place
	 * @param exception the exception that caused it, or {@code null} when the error came
	 * from a status alone (e.g. a container error page)
	 */
	void customize(ApiError.Builder error, @Nullable Throwable exception);

}
