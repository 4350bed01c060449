package io.github.errorenvelope.sample.reactive;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;

import org.springframework.http.HttpStatus;

/**
 * Thrown when a shipped order is cancelled: a coded 409 with the order's state as a
 * detail.
 */
@ErrorCode(value = "ORDER_ALREADY_SHIPPED", status = HttpStatus.CONFLICT)
public class OrderAlreadyShippedException extends RuntimeException {

	@ErrorDetail("order_id")
	private final String orderId;

	public OrderAlreadyShippedException(String orderId) {
		super("Order " + orderId + " has already shipped and can no longer be cancelled.");
		this.orderId = orderId;
	}

}
