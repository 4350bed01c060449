package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;

import org.jspecify.annotations.Nullable;

/**
 * Turns one family of exceptions into an {@link ApiError} draft (status, canonical code,
 * message, violations, headers). The classifier asks its mappers in order and takes the
 * first answer; declare a bean of this type to teach it a family of your own.
 */
@FunctionalInterface
public interface ErrorMapper {

	/**
	 * Map an exception.
	 * @param exception the exception (already unwrapped from generic wrappers)
	 * @return a draft, or {@code null} when this mapper does not handle the exception
	 */
	ApiError.@Nullable Builder map(Throwable exception);

}
