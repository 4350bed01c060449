package io.github.errorenvelope.client;

import io.github.errorenvelope.ErrorCode;

import org.springframework.http.HttpStatus;

/** A shared exception class: the server throws it, the client gets it back. */
@ErrorCode(value = "ORDER_ALREADY_SHIPPED", status = HttpStatus.CONFLICT)
public class ShippedException extends RuntimeException {

	private final String orderId;

	public ShippedException(String orderId) {
		super("Order " + orderId + " has already shipped and can no longer be cancelled.");
		this.orderId = orderId;
	}

	public String getOrderId() {
		return this.orderId;
	}

}
