package io.github.errorenvelope.benchmarks.reactive.problemdetail;

import io.github.errorenvelope.benchmarks.app.OrderAlreadyShippedException;
import io.github.errorenvelope.benchmarks.app.OrderNotFoundException;
import io.github.errorenvelope.benchmarks.app.OrderProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * What a WebFlux team using Spring's ProblemDetail support writes: a
 * {@link ResponseEntityExceptionHandler} subclass (Spring's problem bodies for WebFlux's
 * own exceptions, validation included; Spring Boot's equivalent backs off for it) with
 * hand-written handlers for the domain exceptions — status, detail, code and the order id
 * as RFC 9457 members — and a catch-all that logs every unexpected failure with its full
 * stack trace (the safe thing to do without de-duplication) and answers a generic 500.
 * The servlet apps' {@code ProblemDetailHandlers} and {@code UnexpectedFailureHandler} do
 * the same.
 */
@RestControllerAdvice
public class ProblemDetailExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger failures = LoggerFactory.getLogger(ProblemDetailExceptionHandler.class);

	/**
	 * A 404 problem for an unknown order.
	 * @param exception the exception
	 * @return the problem
	 */
	@ExceptionHandler
	public ProblemDetail orderNotFound(OrderNotFoundException exception) {
		return OrderProblems.notFound(exception);
	}

	/**
	 * A 409 problem for a shipped order.
	 * @param exception the exception
	 * @return the problem
	 */
	@ExceptionHandler
	public ProblemDetail orderAlreadyShipped(OrderAlreadyShippedException exception) {
		return OrderProblems.alreadyShipped(exception);
	}

	/**
	 * A 500 problem for anything no more specific handler took.
	 * @param exception the exception
	 * @return the problem
	 */
	@ExceptionHandler(Exception.class)
	public ProblemDetail unexpected(Exception exception) {
		failures.error("Unexpected failure", exception);
		return OrderProblems.unexpected();
	}

}
