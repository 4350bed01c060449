package io.github.errorenvelope.benchmarks.app;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints of the load scenarios, identical in every app: {@code GET /orders/1}
 * (200), {@code GET /orders/404} (coded 404), {@code GET /orders/404/summary} (a
 * {@code ResponseEntity} 404 that throws nothing), {@code POST /orders/2/cancel} (coded
 * 409), {@code POST /orders} with an invalid body (400) and {@code GET /orders/1/invoice}
 * (500).
 */
@RestController
@RequestMapping("/orders")
public class OrderController {

	/**
	 * One order.
	 * @param id the id
	 * @return the order
	 */
	@GetMapping("/{id}")
	public Order get(@PathVariable String id) {
		Order order = Orders.find(id);
		if (order == null) {
			throw new OrderNotFoundException(id);
		}
		return order;
	}

	/**
	 * One order as a {@code ResponseEntity}: an unknown id answers a bodiless 404 without
	 * throwing.
	 * @param id the id
	 * @return the order, or 404
	 */
	@GetMapping("/{id}/summary")
	public ResponseEntity<Order> summary(@PathVariable String id) {
		return ResponseEntity.of(Optional.ofNullable(Orders.find(id)));
	}

	/**
	 * Create an order (only the validation failure is benchmarked).
	 * @param request the validated body
	 * @return the new order
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Order create(@Valid @RequestBody CreateOrderRequest request) {
		return new Order("3", request.customerName(), "OPEN");
	}

	/**
	 * Cancel an order; shipped orders answer 409.
	 * @param id the id
	 * @return the cancelled order
	 */
	@PostMapping("/{id}/cancel")
	public Order cancel(@PathVariable String id) {
		Order order = get(id);
		if ("SHIPPED".equals(order.status())) {
			throw new OrderAlreadyShippedException(id);
		}
		return new Order(id, order.customerName(), "CANCELLED");
	}

	/**
	 * An unexpected failure (500) whose message must not reach the client.
	 * @param id the id
	 * @return never
	 */
	@GetMapping("/{id}/invoice")
	public Order invoice(@PathVariable String id) {
		throw new IllegalStateException("Invoice DB connection failed: jdbc:postgresql://db.internal:5432/billing");
	}

}
