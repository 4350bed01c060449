package io.github.errorenvelope.benchmarks.app;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;
import io.github.wimdeblauwe.errorhandlingspringbootstarter.ResponseErrorCode;
import io.github.wimdeblauwe.errorhandlingspringbootstarter.ResponseErrorProperty;

import org.springframework.http.HttpStatus;

/**
 * A coded 404 with the order id as a detail. It carries each library's own annotations;
 * an app without that library simply does not see them (wimdeblauwe's status is set by
 * property).
 */
@ErrorCode(value = "ORDER_NOT_FOUND", status = HttpStatus.NOT_FOUND)
@ResponseErrorCode("ORDER_NOT_FOUND")
public class OrderNotFoundException extends RuntimeException {

	private final String orderId;

	/**
	 * Create the exception.
	 * @param orderId the unknown id
	 */
	public OrderNotFoundException(String orderId) {
		super("Order " + orderId + " does not exist.");
		this.orderId = orderId;
	}

	/** The unknown order id. */
	@ErrorDetail("order_id")
	@ResponseErrorProperty("order_id")
	public String getOrderId() {
		return this.orderId;
	}

}
