package io.github.errorenvelope.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Entry point for everything thrown inside the {@code DispatcherServlet}. It has the lowest
 * precedence, so the application's own {@code @ExceptionHandler}s still win.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class EnvelopeExceptionHandler {

	private final ErrorEnvelopeHandler handler;

	private final ExceptionPassThrough passThrough;

	/**
	 * Create the advice.
	 * @param handler the pipeline
	 * @param passThrough the exceptions to hand back to other frameworks
	 */
	public EnvelopeExceptionHandler(ErrorEnvelopeHandler handler, ExceptionPassThrough passThrough) {
		this.handler = handler;
		this.passThrough = passThrough;
	}

	/**
	 * Answer any exception with the envelope.
	 * @param exception the exception
	 * @param request the request
	 * @param response the response
	 * @throws Exception the exception itself, when it is handed back
	 */
	@ExceptionHandler(Exception.class)
	public void handle(Exception exception, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (this.passThrough.shouldPassThrough(exception, request)) {
			throw exception;
		}
		this.handler.handle(exception, request, response);
	}

}
