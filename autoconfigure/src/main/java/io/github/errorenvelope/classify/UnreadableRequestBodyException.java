package io.github.errorenvelope.classify;

import java.io.IOException;
import java.net.SocketTimeoutException;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;

import org.jspecify.annotations.Nullable;

/**
 * A request body the server could not read to its end: cut off before its declared
 * length, a broken chunked encoding or trailer, a client that stopped sending, a read
 * that timed out. It is the client's error: 400 {@code MALFORMED_REQUEST}, or 408
 * {@code TIMEOUT} when the read timed out — whatever the application maps for
 * {@code IOException} or the container's other exception types, which are about the
 * application's own I/O.
 */
public final class UnreadableRequestBodyException extends RuntimeException {

	private final boolean timedOut;

	/**
	 * Create the exception.
	 * @param cause the container's read failure
	 */
	public UnreadableRequestBodyException(Throwable cause) {
		super("The request body could not be read", cause);
		this.timedOut = isTimeout(cause);
	}

	/** Whether the read failed because the client sent too slowly. */
	public boolean isTimedOut() {
		return this.timedOut;
	}

	/**
	 * The I/O failure in a cause chain: what a message converter reports when the stream
	 * it reads from failed, as opposed to content it could read but not parse.
	 * @param failure the outermost exception
	 * @return the I/O failure, or {@code null}
	 */
	static @Nullable IOException findIoFailure(@Nullable Throwable failure) {
		return Causes.find(failure, IOException.class);
	}

	private static boolean isTimeout(Throwable failure) {
		return Causes.find(failure, SocketTimeoutException.class) != null;
	}

	/** The error for this exception. */
	ApiError.Builder toError() {
		return toError(this.timedOut);
	}

	static ApiError.Builder toError(boolean timedOut) {
		if (timedOut) {
			return ApiError.builder(408)
				.code(ErrorCodes.TIMEOUT)
				.type(ErrorTypes.INVALID_REQUEST)
				.message("The request body was not received in time.");
		}
		return ApiError.builder(400)
			.code(ErrorCodes.MALFORMED_REQUEST)
			.type(ErrorTypes.INVALID_REQUEST)
			.message("The request body could not be read.");
	}

	/** The error for a message converter's read failure caused by this I/O failure. */
	static ApiError.Builder toError(IOException failure) {
		return toError(isTimeout(failure));
	}

}
