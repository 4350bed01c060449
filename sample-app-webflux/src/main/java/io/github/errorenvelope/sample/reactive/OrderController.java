package io.github.errorenvelope.sample.reactive;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The orders API, reactive: the same endpoints and errors as the servlet sample. */
@RestController
@RequestMapping("/orders")
public class OrderController {

	private static final Logger logger = LoggerFactory.getLogger(OrderController.class);

	private final Map<String, Order> orders = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger(1000);

	public OrderController() {
		this.orders.put("1", new Order("1", "Ada", "OPEN"));
		this.orders.put("2", new Order("2", "Grace", "SHIPPED"));
	}

	@GetMapping
	public Flux<Order> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return Flux.fromIterable(this.orders.values()).take(limit);
	}

	@GetMapping("/{id}")
	public Mono<Order> get(@PathVariable String id) {
		// the request id is in the MDC here (spring.reactor.context-propagation=auto)
		logger.info("Looking up order {}", id);
		return Mono.justOrEmpty(this.orders.get(id)).switchIfEmpty(Mono.error(() -> new OrderNotFoundException(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Mono<Order> create(@Valid @RequestBody CreateOrderRequest request) {
		String id = String.valueOf(this.ids.incrementAndGet());
		Order order = new Order(id, request.customerName(), "OPEN");
		this.orders.put(id, order);
		return Mono.just(order);
	}

	@PostMapping("/{id}/cancel")
	public Mono<Order> cancel(@PathVariable String id) {
		return get(id).map((order) -> {
			if ("SHIPPED".equals(order.status())) {
				throw new OrderAlreadyShippedException(id);
			}
			Order cancelled = new Order(id, order.customerName(), "CANCELLED");
			this.orders.put(id, cancelled);
			return cancelled;
		});
	}

	@PostMapping("/{id}/export")
	public Mono<Order> export(@PathVariable String id) {
		return Mono.error(new RateLimitedException(30));
	}

	@GetMapping("/{id}/invoice")
	public Mono<Order> invoice(@PathVariable String id) {
		return Mono.error(
				new IllegalStateException("Invoice DB connection failed: jdbc:postgresql://db.internal:5432/billing"));
	}

	public record Order(String id, String customerName, String status) {
	}

}
