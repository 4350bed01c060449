package io.github.errorenvelope.sample;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.github.errorenvelope.ThrowsErrors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The orders API: every endpoint shows one Error Envelope feature. */
@RestController
@RequestMapping("/orders")
public class OrderController {

	private final Map<String, Order> orders = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger(1000);

	private final Set<String> labelsAsked = ConcurrentHashMap.newKeySet();

	public OrderController() {
		this.orders.put("1", new Order("1", "Ada", "OPEN"));
		this.orders.put("2", new Order("2", "Grace", "SHIPPED"));
	}

	/** A successful list; {@code ?limit} is validated (1-100). */
	@GetMapping
	public List<Order> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.orders.values().stream().limit(limit).toList();
	}

	/**
	 * A coded 404 for unknown ids (declared in {@code throws}, so the OpenAPI document
	 * lists it).
	 */
	@GetMapping("/{id}")
	public Order get(@PathVariable String id) throws OrderNotFoundException {
		Order order = this.orders.get(id);
		if (order == null) {
			throw new OrderNotFoundException(id);
		}
		return order;
	}

	/** A nested snake_case body validated with {@code @Valid}. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Order create(@Valid @RequestBody CreateOrderRequest request) {
		String id = String.valueOf(this.ids.incrementAndGet());
		Order order = new Order(id, request.customerName(), "OPEN");
		this.orders.put(id, order);
		return order;
	}

	/**
	 * A 409 once an order has shipped; the 404 comes from deeper down, so it is declared
	 * here.
	 */
	@PostMapping("/{id}/cancel")
	@ThrowsErrors({ OrderNotFoundException.class, OrderAlreadyShippedException.class })
	public Order cancel(@PathVariable String id) {
		Order order = get(id);
		if ("SHIPPED".equals(order.status())) {
			throw new OrderAlreadyShippedException(id);
		}
		Order cancelled = new Order(id, order.customerName(), "CANCELLED");
		this.orders.put(id, cancelled);
		return cancelled;
	}

	/** A 429 with {@code retry_after} and the {@code Retry-After} header. */
	@PostMapping("/{id}/export")
	@ThrowsErrors(RateLimitedException.class)
	public Order export(@PathVariable String id) {
		throw new RateLimitedException(30);
	}

	/**
	 * A 429 with {@code Retry-After: 1} the first time an order's label is asked for,
	 * then the label.
	 */
	@GetMapping("/{id}/label")
	public Map<String, String> label(@PathVariable String id) {
		if (this.labelsAsked.add(id)) {
			throw new RateLimitedException(1);
		}
		return Map.of("label", "LABEL-" + id);
	}

	/** A 500 whose internal message never reaches the client. */
	@GetMapping("/{id}/invoice")
	public Order invoice(@PathVariable String id) {
		throw new IllegalStateException("Invoice DB connection failed: jdbc:postgresql://db.internal:5432/billing");
	}

	/** An order. */
	public record Order(String id, String customerName, String status) {
	}

}
