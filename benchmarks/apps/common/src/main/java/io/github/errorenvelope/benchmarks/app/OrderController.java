package io.github.errorenvelope.benchmarks.app;

import java.util.Optional;

import jakarta.validation.Valid;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
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
 * (500). With {@code benchmark.handwritten-not-found=true} the summary's 404 is the
 * starter's default envelope written by hand ({@link HandwrittenNotFound}), the baseline
 * that sends the same bytes.
 */
@RestController
@RequestMapping("/orders")
public class OrderController {

	private final boolean handwrittenNotFound;

	private final JsonMapper jsonMapper;

	/**
	 * The controller.
	 * @param handwrittenNotFound whether the summary's 404 carries the hand-written
	 * envelope instead of no body
	 * @param jsonMapper the mapper that serializes the hand-written envelope
	 */
	public OrderController(@Value("${benchmark.handwritten-not-found:false}") boolean handwrittenNotFound,
			JsonMapper jsonMapper) {
		this.handwrittenNotFound = handwrittenNotFound;
		this.jsonMapper = jsonMapper;
	}

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
	 * throwing (or the hand-written envelope, see the class comment).
	 * @param id the id
	 * @return the order, or 404
	 */
	@GetMapping("/{id}/summary")
	public ResponseEntity<?> summary(@PathVariable String id) {
		Order order = Orders.find(id);
		if (order == null && this.handwrittenNotFound) {
			return HandwrittenNotFound.response(this.jsonMapper);
		}
		return ResponseEntity.of(Optional.ofNullable(order));
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
