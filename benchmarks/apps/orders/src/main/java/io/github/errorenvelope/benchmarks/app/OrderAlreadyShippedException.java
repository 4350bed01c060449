package io.github.errorenvelope.benchmarks.app;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;
import io.github.wimdeblauwe.errorhandlingspringbootstarter.ResponseErrorCode;
import io.github.wimdeblauwe.errorhandlingspringbootstarter.ResponseErrorProperty;

import org.springframework.http.HttpStatus;

/**
 * A coded 409 with the order id as a detail, annotated for each library like
 * {@link OrderNotFoundException}.
 */
@ErrorCode(value = "ORDER_ALREADY_SHIPPED", status = HttpStatus.CONFLICT)
@ResponseErrorCode("ORDER_ALREADY_SHIPPED")
public class OrderAlreadyShippedException extends RuntimeException {

	private final String orderId;

	/**
	 * Create the exception.
	 * @param orderId the shipped order's id
	 */
	public OrderAlreadyShippedException(String orderId) {
		super("Order " + orderId + " has already shipped and can no longer be cancelled.");
		this.orderId = orderId;
	}

	/** The shipped order's id. */
	@ErrorDetail("order_id")
	@ResponseErrorProperty("order_id")
	public String getOrderId() {
		return this.orderId;
	}

}
