package io.github.errorenvelope.sample.reactive;

import io.github.errorenvelope.ErrorCode;

import org.springframework.http.HttpStatus;

/** Thrown when an order id is unknown: a coded 404. */
@ErrorCode(value = "ORDER_NOT_FOUND", status = HttpStatus.NOT_FOUND, type = "not_found")
public class OrderNotFoundException extends RuntimeException {

	public OrderNotFoundException(String id) {
		super("Order " + id + " does not exist.");
	}

}
