package io.github.errorenvelope.web;

import java.util.List;
import java.util.Locale;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.ViolationSentences;
import io.github.errorenvelope.style.CodeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * The steps after classification that know nothing of the HTTP stack, shared by the
 * servlet and the reactive entry points: translate the message, run the customizers,
 * format the code; then log the error once and tell the observers.
 */
public final class ErrorFinisher {

	private final ErrorMessages messages;

	private final List<ApiErrorCustomizer> customizers;

	private final CodeFormatter codes;

	private final ErrorLogger logger;

	private final List<ErrorObserver> observers;

	/**
	 * Create the finisher.
	 * @param messages the translated-message lookup
	 * @param customizers the customizers, in order
	 * @param codes the code formatter
	 * @param logger the error logger
	 * @param observers told of every error response (metrics)
	 */
	public ErrorFinisher(ErrorMessages messages, List<ApiErrorCustomizer> customizers, CodeFormatter codes,
			ErrorLogger logger, List<ErrorObserver> observers) {
		this.messages = messages;
		this.customizers = List.copyOf(customizers);
		this.codes = codes;
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
	public ApiError finish(ApiError.Builder error, List<Object> messageArguments, @Nullable Throwable exception,
			Locale locale) {
		this.messages.translate(error, messageArguments, locale);
		// indexed: an iterator per error for a list that never changes
		for (int i = 0; i < this.customizers.size(); i++) {
			this.customizers.get(i).customize(error, exception);
		}
		ViolationSentences.complete(error);
		error.code(this.codes.format(error.getCode()));
		return error.build();
	}

	/**
	 * Log an error response once and tell the observers.
	 * @param error the finished error
	 * @param exception the cause, may be {@code null}
	 * @param method the request method, for the log line
	 * @param path the request path, for the log line
	 * @param route the route template that failed, {@code null} when no handler was
	 * matched (tells repeated failures apart)
	 * @param committed whether the response was already committed, so the envelope is not
	 * written
	 */
	public void record(ApiError error, @Nullable Throwable exception, String method, String path,
			@Nullable String route, boolean committed) {
		this.logger.log(error, exception, method, path, route, committed);
		for (int i = 0; i < this.observers.size(); i++) {
			try {
				this.observers.get(i).onError(error, exception);
			}
			catch (RuntimeException ex) {
				// metrics must never cost the client its response
			}
		}
	}

	/**
	 * Note a client that went away before it could be answered: one line at
	 * {@code DEBUG}.
	 * @param failure how the connection failed
	 * @param method the request method
	 * @param path the request path
	 * @param requestId the request id
	 */
	public void clientGone(Throwable failure, String method, String path, String requestId) {
		this.logger.logClientGone(failure, method, path, requestId);
	}

	/**
	 * Log, once, that the envelope could not be produced.
	 * @param exception the error being answered, may be {@code null}
	 * @param failure what went wrong while answering it
	 * @param requestId the request id
	 */
	public void renderingFailed(@Nullable Throwable exception, Throwable failure, String requestId) {
		if (exception != null && failure != exception) {
			failure.addSuppressed(exception);
		}
		this.logger.logFailure("Error envelope could not be rendered; sent a minimal 500", requestId, failure);
	}

	/**
	 * The generic 500 of the last resort, with its output code, built without
	 * translations or customizers (one of which may be what failed).
	 * @param requestId the request id
	 * @return the error
	 */
	public ApiError minimalError(String requestId) {
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
