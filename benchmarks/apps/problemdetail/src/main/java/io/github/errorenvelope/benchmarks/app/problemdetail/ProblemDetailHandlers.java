package io.github.errorenvelope.benchmarks.app.problemdetail;

import io.github.errorenvelope.benchmarks.app.OrderAlreadyShippedException;
import io.github.errorenvelope.benchmarks.app.OrderNotFoundException;
import io.github.errorenvelope.benchmarks.app.OrderProblems;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The minimal hand-written handler a team using Spring's ProblemDetail support writes for
 * its domain exceptions: status, detail, code and the order id as RFC 9457 members.
 */
@RestControllerAdvice
public class ProblemDetailHandlers {

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

}
