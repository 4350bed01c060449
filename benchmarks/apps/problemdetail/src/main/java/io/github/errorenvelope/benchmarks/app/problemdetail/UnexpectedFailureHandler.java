package io.github.errorenvelope.benchmarks.app.problemdetail;

import io.github.errorenvelope.benchmarks.app.OrderProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catch-all a team using Spring's ProblemDetail support writes so that unexpected
 * failures get a problem body without their message: it logs every failure with its full
 * stack trace (the safe thing to do without de-duplication) and answers a generic 500. It
 * runs last, after Spring Boot's handler for Spring MVC's own exceptions and after
 * {@link ProblemDetailHandlers}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedFailureHandler {

	private static final Logger logger = LoggerFactory.getLogger(UnexpectedFailureHandler.class);

	/**
	 * A 500 problem for anything nobody else handled.
	 * @param exception the exception
	 * @return the problem
	 */
	@ExceptionHandler(Exception.class)
	public ProblemDetail unexpected(Exception exception) {
		logger.error("Unexpected failure", exception);
		return OrderProblems.unexpected();
	}

}
