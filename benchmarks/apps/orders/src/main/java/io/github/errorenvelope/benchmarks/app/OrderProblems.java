package io.github.errorenvelope.benchmarks.app;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 bodies the ProblemDetail apps' hand-written handlers answer for the domain
 * exceptions (status, detail, code and the order id as members), shared so that the
 * Spring MVC and the WebFlux baseline answer the same bytes.
 */
public final class OrderProblems {

	private OrderProblems() {
	}

	/**
	 * A 404 problem for an unknown order.
	 * @param exception the exception
	 * @return the problem
	 */
	public static ProblemDetail notFound(OrderNotFoundException exception) {
		return problem(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", exception.getMessage(), exception.getOrderId());
	}

	/**
	 * A 409 problem for a shipped order.
	 * @param exception the exception
	 * @return the problem
	 */
	public static ProblemDetail alreadyShipped(OrderAlreadyShippedException exception) {
		return problem(HttpStatus.CONFLICT, "ORDER_ALREADY_SHIPPED", exception.getMessage(), exception.getOrderId());
	}

	/**
	 * A generic 500 problem that says nothing about the failure.
	 * @return the problem
	 */
	public static ProblemDetail unexpected() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error.");
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail, String orderId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		problem.setProperty("order_id", orderId);
		return problem;
	}

}
