package io.github.errorenvelope.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.style.CodeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Sends a classified servlet error: the steps every servlet entry point shares once an
 * error is classified: the stack-free ones of {@link ErrorFinisher} (translate,
 * customize, format the code, log once, tell the observers), then write once — or, if any
 * of that fails, send the minimal JSON 500 with the request id.
 */
public class ClassifiedErrorSender {

	private final ErrorFinisher finisher;

	private final ErrorResponseWriter writer;

	/**
	 * Create the sender.
	 * @param messages the translated-message lookup
	 * @param customizers the customizers, in order
	 * @param codes the code formatter
	 * @param writer the writer
	 * @param logger the error logger
	 * @param observers told of every error response (metrics)
	 */
	public ClassifiedErrorSender(ErrorMessages messages, List<ApiErrorCustomizer> customizers, CodeFormatter codes,
			ErrorResponseWriter writer, ErrorLogger logger, List<ErrorObserver> observers) {
		this.finisher = new ErrorFinisher(messages, customizers, codes, logger, observers);
		this.writer = writer;
	}

	/**
	 * Finish a classified error: translate, customize, format the code.
	 * @param error the classified error, with request id and path already set
	 * @param messageArguments the {@code @ErrorDetail} values
	 * @param exception the cause, may be {@code null}
	 * @param locale the request's locale
	 * @return the error as it will be sent
	 */
	public ApiError finish(ApiError.Builder error, List<Object> messageArguments, @Nullable Throwable exception,
			Locale locale) {
		return this.finisher.finish(error, messageArguments, exception, locale);
	}

	/**
	 * Build an error and send it; if building or sending fails, send the minimal 500
	 * instead (unless the client is gone: the error's own line is already logged).
	 * @param errorOf builds the finished error
	 * @param exception the cause, may be {@code null}
	 * @param method the request method, for the log line
	 * @param path the request path, for the log line
	 * @param route the route template that failed, may be {@code null}
	 * @param requestId the request id, for the minimal 500
	 * @param response the response
	 */
	public void respond(Supplier<ApiError> errorOf, @Nullable Throwable exception, String method, String path,
			@Nullable String route, String requestId, HttpServletResponse response) {
		try {
			send(errorOf.get(), exception, method, path, route, response);
		}
		catch (Throwable failure) {
			if (!TransportFailures.isClientGone(failure)) {
				fail(exception, failure, requestId, response);
			}
		}
	}

	/**
	 * Log, observe and write an error. A response the application already committed is
	 * left alone: the log line says so.
	 * @param error the finished error
	 * @param exception the cause, may be {@code null}
	 * @param method the request method, for the log line
	 * @param path the request path, for the log line
	 * @param route the route template that failed, {@code null} when no handler was
	 * matched (tells repeated failures apart)
	 * @param response the response
	 * @throws IOException if writing fails
	 */
	public void send(ApiError error, @Nullable Throwable exception, String method, String path, @Nullable String route,
			HttpServletResponse response) throws IOException {
		boolean committed = response.isCommitted();
		this.finisher.record(error, exception, method, path, route, committed);
		if (!committed) {
			this.writer.write(error, response);
		}
	}

	/**
	 * Note a client that went away before it could be answered: nothing is written, one
	 * line is logged at {@code DEBUG}.
	 * @param failure how the connection failed
	 * @param method the request method
	 * @param path the request path
	 * @param requestId the request id
	 */
	public void clientGone(Throwable failure, String method, String path, String requestId) {
		this.finisher.clientGone(failure, method, path, requestId);
	}

	/**
	 * The last resort when the envelope could not be produced: log the failure once and
	 * send the minimal 500 with the request id (in the active style's shape if the style
	 * still works), if a response is still possible.
	 * @param exception the error being answered, may be {@code null}
	 * @param failure what went wrong while answering it
	 * @param requestId the request id
	 * @param response the response
	 */
	public void fail(@Nullable Throwable exception, Throwable failure, String requestId, HttpServletResponse response) {
		this.finisher.renderingFailed(exception, failure, requestId);
		try {
			this.writer.writeMinimal(this.finisher.minimalError(requestId), response);
		}
		catch (IOException | RuntimeException ex) {
			// the connection is gone; nothing more can be sent
		}
	}

}
