package io.github.errorenvelope.sample;

import io.github.errorenvelope.ErrorCode;

/** Thrown when an order id is unknown: a coded 404. */
@ErrorCode(value = "ORDER_NOT_FOUND", status = 404, type = "not_found")
public class OrderNotFoundException extends RuntimeException {

	public OrderNotFoundException(String id) {
		super("Order " + id + " does not exist.");
	}

}
