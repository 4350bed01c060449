package io.github.errorenvelope.classify;

import java.io.IOException;
import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;

import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Maps an unreadable request body: the JSON library's interpreter explains syntax errors
 * ({@code MALFORMED_REQUEST} with line and column) and misfit values
 * ({@code VALIDATION_ERROR} at the field's JSON path); anything else, such as a missing
 * body, is a plain {@code MALFORMED_REQUEST}. A stream that failed while the body was
 * read (cut off, broken chunked encoding, read timeout) is the client's error too: 400
 * {@code MALFORMED_REQUEST} or 408 {@code TIMEOUT}. The parser's own wording never
 * reaches the client.
 */
public final class MessageNotReadableMapper implements ErrorMapper {

	private final List<ReadFailureInterpreter> interpreters;

	/**
	 * Create the mapper.
	 * @param interpreters the JSON libraries' interpreters, in order
	 */
	public MessageNotReadableMapper(List<ReadFailureInterpreter> interpreters) {
		this.interpreters = List.copyOf(interpreters);
	}

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (!(exception instanceof HttpMessageNotReadableException notReadable)) {
			return null;
		}
		PayloadTooLargeException tooLarge = PayloadTooLargeException.findIn(notReadable);
		if (tooLarge != null) {
			return tooLarge.toError();
		}
		IOException unreadable = UnreadableRequestBodyException.findIoFailure(notReadable.getCause());
		if (unreadable != null) {
			// the stream failed, not the parser: the body was cut off or its transfer
			// encoding broken
			return UnreadableRequestBodyException.toError(unreadable);
		}
		ApiError.Builder interpreted = Causes.first(notReadable.getCause(), this::interpret);
		if (interpreted != null) {
			return interpreted;
		}
		String text = notReadable.getMessage();
		boolean missingBody = text != null && text.startsWith("Required request body is missing");
		return ApiError.builder(400)
			.code(ErrorCodes.MALFORMED_REQUEST)
			.type(ErrorTypes.INVALID_REQUEST)
			.message(missingBody ? "A request body is required." : "The request body could not be read.");
	}

	private ApiError.@Nullable Builder interpret(Throwable cause) {
		for (ReadFailureInterpreter interpreter : this.interpreters) {
			ApiError.Builder interpreted = interpreter.interpret(cause);
			if (interpreted != null) {
				return interpreted;
			}
		}
		return null;
	}

}
