package io.github.errorenvelope.benchmarks.app;

/**
 * An order, the body of the success scenario.
 *
 * @param id the order id
 * @param customerName the customer
 * @param status {@code OPEN} or {@code SHIPPED}
 */
public record Order(String id, String customerName, String status) {
}
