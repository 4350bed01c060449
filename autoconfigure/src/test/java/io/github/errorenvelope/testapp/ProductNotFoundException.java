package io.github.errorenvelope.testapp;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;

@ErrorCode(value = "PRODUCT_NOT_FOUND", status = 404)
public class ProductNotFoundException extends RuntimeException {

	@ErrorDetail("product_id")
	private final String productId;

	public ProductNotFoundException(String productId) {
		super("Product " + productId + " does not exist.");
		this.productId = productId;
	}

}
