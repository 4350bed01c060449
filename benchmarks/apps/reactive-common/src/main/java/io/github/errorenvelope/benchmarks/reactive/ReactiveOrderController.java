package io.github.errorenvelope.benchmarks.reactive;

import jakarta.validation.Valid;

import io.github.errorenvelope.benchmarks.app.CreateOrderRequest;
import io.github.errorenvelope.benchmarks.app.HandwrittenNotFound;
import io.github.errorenvelope.benchmarks.app.Order;
import io.github.errorenvelope.benchmarks.app.OrderAlreadyShippedException;
import io.github.errorenvelope.benchmarks.app.OrderNotFoundException;
import io.github.errorenvelope.benchmarks.app.Orders;
import reactor.core.publisher.Mono;

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
 * The endpoints of the reactive load scenarios, identical in every reactive app and the
 * same API as the servlet apps' {@code OrderController}, written as a WebFlux team writes
 * it: failures are signalled as {@code Mono.error}. {@code GET /orders/1} (200),
 * {@code GET /orders/404} (coded 404), {@code GET /orders/404/summary} (a
 * {@code ResponseEntity} 404 that signals no error), {@code POST /orders/2/cancel} (coded
 * 409), {@code POST /orders} with an invalid body (400) and {@code GET /orders/1/invoice}
 * (500). With {@code benchmark.handwritten-not-found=true} the summary's 404 is the
 * starter's default envelope written by hand ({@link HandwrittenNotFound}), the baseline
 * that sends the same bytes.
 */
@RestController
@RequestMapping("/orders")
public class ReactiveOrderController {

	private final boolean handwrittenNotFound;

	private final JsonMapper jsonMapper;

	/**
	 * The controller.
	 * @param handwrittenNotFound whether the summary's 404 carries the hand-written
	 * envelope instead of no body
	 * @param jsonMapper the mapper that serializes the hand-written envelope
	 */
	public ReactiveOrderController(@Value("${benchmark.handwritten-not-found:false}") boolean handwrittenNotFound,
			JsonMapper jsonMapper) {
		this.handwrittenNotFound = handwrittenNotFound;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * One order.
	 * @param id the id
	 * @return the order, or a coded 404
	 */
	@GetMapping("/{id}")
	public Mono<Order> get(@PathVariable String id) {
		Order order = Orders.find(id);
		return (order != null) ? Mono.just(order) : Mono.error(new OrderNotFoundException(id));
	}

	/**
	 * One order as a {@code ResponseEntity}: an unknown id answers a 404 without a body
	 * and without an error signal (the starter turns it into its envelope; or the
	 * hand-written envelope, see the class comment).
	 * @param id the id
	 * @return the order, or 404
	 */
	@GetMapping("/{id}/summary")
	public Mono<ResponseEntity<?>> summary(@PathVariable String id) {
		Order order = Orders.find(id);
		if (order != null) {
			return Mono.just(ResponseEntity.ok(order));
		}
		return Mono.just(this.handwrittenNotFound ? HandwrittenNotFound.response(this.jsonMapper)
				: ResponseEntity.notFound().build());
	}

	/**
	 * Create an order (only the validation failure is benchmarked).
	 * @param request the validated body
	 * @return the new order
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Mono<Order> create(@Valid @RequestBody CreateOrderRequest request) {
		return Mono.just(new Order("3", request.customerName(), "OPEN"));
	}

	/**
	 * Cancel an order; shipped orders answer 409.
	 * @param id the id
	 * @return the cancelled order
	 */
	@PostMapping("/{id}/cancel")
	public Mono<Order> cancel(@PathVariable String id) {
		return get(id)
			.flatMap((order) -> "SHIPPED".equals(order.status()) ? Mono.error(new OrderAlreadyShippedException(id))
					: Mono.just(new Order(id, order.customerName(), "CANCELLED")));
	}

	/**
	 * An unexpected failure (500) whose message must not reach the client.
	 * @param id the id
	 * @return never an order
	 */
	@GetMapping("/{id}/invoice")
	public Mono<Order> invoice(@PathVariable String id) {
		return Mono.error(
				new IllegalStateException("Invoice DB connection failed: jdbc:postgresql://db.internal:5432/billing"));
	}

}
