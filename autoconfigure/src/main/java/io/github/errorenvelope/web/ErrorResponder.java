package io.github.errorenvelope.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.style.CodeFormatter;

/**
 * The steps every entry point shares once an error is classified: translate the message, run the
 * customizers, format the code; then log once, tell the observers and write once — or, if any of
 * that fails, send the minimal JSON 500 with the request id.
 */
public class ErrorResponder {

	private final ErrorMessages messages;

	private final List<ApiErrorCustomizer> customizers;

	private final CodeFormatter codes;

	private final ErrorResponseWriter writer;

	private final ErrorLogger logger;

	private final List<ErrorObserver> observers;

	/**
	 * Create the responder.
	 * @param messages the translated-message lookup
	 * @param customizers the customizers, in order
	 * @param codes the code formatter
	 * @param writer the writer
	 * @param logger the error logger
	 * @param observers told of every error response (metrics)
	 */
	public ErrorResponder(ErrorMessages messages, List<ApiErrorCustomizer> customizers, CodeFormatter codes,
			ErrorResponseWriter writer, ErrorLogger logger, List<ErrorObserver> observers) {
		this.messages = messages;
		this.customizers = List.copyOf(customizers);
		this.codes = codes;
		this.writer = writer;
		this.logger = logger;
		this.observers = List.copyOf(observers);
	}

	/**
	 * Finish a classified error: translate, customize, format the code.
	 * @param error the classified error, with request id and path already set
	 * @param messageArguments the {@code @ErrorDetail} values
	 * @param exception the cause, may be {@code null}
	 * @param locale the request's locale
	 * @return the error as it will be sent
	 */
	public ApiError finish(ApiError.Builder error, List<Object> messageArguments, Throwable exception, Locale locale) {
		this.messages.translate(error, messageArguments, locale);
		for (ApiErrorCustomizer customizer : this.customizers) {
			customizer.customize(error, exception);
		}
		error.code(this.codes.format(error.getCode()));
		return error.build();
	}

	/**
	 * Log, observe and write an error. A response the application already committed is left alone: the
	 * log line says so.
	 * @param error the finished error
	 * @param exception the cause, may be {@code null}
	 * @param method the request method, for the log line
	 * @param path the request path, for the log line
	 * @param route the route template that failed, {@code null} when no handler was matched (tells
	 * repeated failures apart)
	 * @param response the response
	 * @throws IOException if writing fails
	 */
	public void send(ApiError error, Throwable exception, String method, String path, String route,
			HttpServletResponse response) throws IOException {
		boolean committed = response.isCommitted();
		this.logger.log(error, exception, method, path, route, committed);
		for (ErrorObserver observer : this.observers) {
			try {
				observer.onError(error, exception);
			}
			catch (RuntimeException ex) {
				// metrics must never cost the client its response
			}
		}
		if (!committed) {
			this.writer.write(error, response);
		}
	}

	/**
	 * Note a client that went away before it could be answered: nothing is written, one line is
	 * logged at {@code DEBUG}.
	 * @param failure how the connection failed
	 * @param method the request method
	 * @param path the request path
	 * @param requestId the request id
	 */
	public void clientGone(Throwable failure, String method, String path, String requestId) {
		this.logger.logClientGone(failure, method, path, requestId);
	}

	/**
	 * The last resort when the envelope could not be produced: log the failure once and send the
	 * minimal 500 with the request id (in the active style's shape if the style still works), if a
	 * response is still possible.
	 * @param exception the error being answered, may be {@code null}
	 * @param failure what went wrong while answering it
	 * @param requestId the request id
	 * @param response the response
	 */
	public void fail(Throwable exception, Throwable failure, String requestId, HttpServletResponse response) {
		if (exception != null && failure != exception) {
			failure.addSuppressed(exception);
		}
		this.logger.logFailure("Error envelope could not be rendered; sent a minimal 500", requestId, failure);
		try {
			this.writer.writeMinimal(minimalError(requestId), response);
		}
		catch (IOException | RuntimeException ex) {
			// the connection is gone; nothing more can be sent
		}
	}

	/** The generic 500 with its output code, built without translations or customizers. */
	private ApiError minimalError(String requestId) {
		String code;
		try {
			code = this.codes.format(ErrorCodes.INTERNAL_ERROR);
		}
		catch (RuntimeException ex) {
			code = ErrorCodes.INTERNAL_ERROR;
		}
		return ApiError.builder(500)
			.code(code)
			.type(ErrorTypes.SERVER)
			.message("Internal server error.")
			.requestId(requestId)
			.build();
	}

}
