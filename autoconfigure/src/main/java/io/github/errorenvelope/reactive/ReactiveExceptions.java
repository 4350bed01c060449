package io.github.errorenvelope.reactive;

import java.io.InputStream;

import io.github.errorenvelope.classify.Causes;
import io.github.errorenvelope.classify.PayloadTooLargeException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Restates WebFlux's request-input exceptions as the Spring Web exceptions the
 * classifier's mappers already read — a bind failure as
 * {@link MethodArgumentNotValidException}, a conversion failure as
 * {@link MethodArgumentTypeMismatchException}, an unreadable body as
 * {@link HttpMessageNotReadableException} keeping Jackson's cause, a buffer limit as a
 * 413 — so both stacks answer with the same codes, field names and messages.
 */
final class ReactiveExceptions {

	private static final HttpInputMessage NO_BODY = new HttpInputMessage() {

		@Override
		public InputStream getBody() {
			return InputStream.nullInputStream();
		}

		@Override
		public HttpHeaders getHeaders() {
			return HttpHeaders.EMPTY;
		}

	};

	private ReactiveExceptions() {
	}

	/**
	 * The exception to classify for one WebFlux signalled.
	 * @param exception what WebFlux signalled
	 * @param maxInMemorySize the codecs' buffer limit
	 * ({@code spring.http.codecs.max-in-memory-size}), for the 413 message
	 * @return the exception the mappers understand, or {@code exception} itself
	 */
	static Throwable toClassifiable(Throwable exception, long maxInMemorySize) {
		if (Causes.find(exception, DataBufferLimitException.class) != null) {
			return new PayloadTooLargeException(maxInMemorySize);
		}
		if (exception instanceof WebExchangeBindException bind) {
			MethodParameter parameter = bind.getMethodParameter();
			return (parameter != null) ? new MethodArgumentNotValidException(parameter, bind.getBindingResult())
					: new BindException(bind.getBindingResult());
		}
		if (exception instanceof ServerWebInputException input && !(input instanceof MissingRequestValueException)) {
			return fromInput(input);
		}
		return exception;
	}

	private static Throwable fromInput(ServerWebInputException input) {
		Throwable cause = input.getCause();
		MethodParameter parameter = input.getMethodParameter();
		if (cause instanceof TypeMismatchException mismatch && parameter != null) {
			return new MethodArgumentTypeMismatchException(mismatch.getValue(), mismatch.getRequiredType(),
					parameter.getParameterName(), parameter, mismatch.getCause());
		}
		if ("No request body".equals(input.getReason())) {
			// WebFlux's words for a required body that is absent (its cause only names
			// the handler)
			return new HttpMessageNotReadableException("Required request body is missing", NO_BODY);
		}
		if (cause != null) {
			// a body the decoder could not read; the mappers find Jackson's own exception
			// in the causes
			return new HttpMessageNotReadableException("Failed to read HTTP message", cause, NO_BODY);
		}
		return input;
	}

}
