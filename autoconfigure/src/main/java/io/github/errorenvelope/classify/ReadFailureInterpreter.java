package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;

import org.jspecify.annotations.Nullable;

/**
 * Explains why a request body could not be read, from the parser's own exception: bad
 * syntax (with line and column) or a value that does not fit the target field (with its
 * JSON path). Implemented per JSON library so parser types stay out of the core.
 */
@FunctionalInterface
public interface ReadFailureInterpreter {

	/**
	 * Interpret a read failure.
	 * @param cause the cause of Spring's {@code HttpMessageNotReadableException}
	 * @return a draft (400 with {@code MALFORMED_REQUEST} or {@code VALIDATION_ERROR}),
	 * or {@code null} when the cause is not this library's
	 */
	ApiError.@Nullable Builder interpret(Throwable cause);

}
