package io.github.errorenvelope.testapp;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;

import org.springframework.http.HttpStatus;

@ErrorCode(value = "PRODUCT_NOT_FOUND", status = HttpStatus.NOT_FOUND)
public class ProductNotFoundException extends RuntimeException {

	@ErrorDetail("product_id")
	private final String productId;

	public ProductNotFoundException(String productId) {
		super("Product " + productId + " does not exist.");
		this.productId = productId;
	}

}
