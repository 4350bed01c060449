package io.github.errorenvelope.benchmarks.app;

import java.util.Map;

/**
 * The two orders every benchmarked app knows, the same on Spring MVC and WebFlux: order 1
 * is open, order 2 has shipped.
 */
public final class Orders {

	private static final Map<String, Order> ORDERS = Map.of("1", new Order("1", "Ada", "OPEN"), "2",
			new Order("2", "Grace", "SHIPPED"));

	private Orders() {
	}

	/**
	 * Look an order up.
	 * @param id the id
	 * @return the order, or {@code null} for an unknown id
	 */
	public static Order find(String id) {
		return ORDERS.get(id);
	}

}
