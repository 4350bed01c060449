package io.github.errorenvelope.classify;

import java.util.List;

import io.github.errorenvelope.ApiError;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Maps an unreadable request body: the JSON library's interpreter explains syntax errors
 * ({@code MALFORMED_REQUEST} with line and column) and misfit values ({@code VALIDATION_ERROR} at the
 * field's JSON path); anything else, such as a missing body, is a plain {@code MALFORMED_REQUEST}.
 * The parser's own wording never reaches the client.
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
	public ApiError.Builder map(Throwable exception) {
		if (!(exception instanceof HttpMessageNotReadableException notReadable)) {
			return null;
		}
		PayloadTooLargeException tooLarge = PayloadTooLargeException.findIn(notReadable);
		if (tooLarge != null) {
			return tooLarge.toError();
		}
		for (Throwable cause = notReadable.getCause(); cause != null; cause = nextCause(cause)) {
			for (ReadFailureInterpreter interpreter : this.interpreters) {
				ApiError.Builder interpreted = interpreter.interpret(cause);
				if (interpreted != null) {
					return interpreted;
				}
			}
		}
		String text = notReadable.getMessage();
		boolean missingBody = text != null && text.startsWith("Required request body is missing");
		return ApiError.builder(400)
			.code(ErrorCodes.MALFORMED_REQUEST)
			.type("invalid_request")
			.message(missingBody ? "A request body is required." : "The request body could not be read.");
	}

	private static Throwable nextCause(Throwable cause) {
		Throwable next = cause.getCause();
		return (next == cause) ? null : next;
	}

}
