package io.github.errorenvelope.benchmarks.app;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /orders}; the validation scenario sends one that breaks three
 * constraints.
 *
 * @param customerName the customer, 1-50 characters
 * @param email the customer's e-mail address
 * @param sku the ordered product
 * @param quantity how many, at least 1
 */
public record CreateOrderRequest(@NotBlank @Size(max = 50) String customerName, @NotBlank @Email String email,
		@NotBlank String sku, @NotNull @Min(1) Integer quantity) {
}
