package io.github.errorenvelope.e2e.caller;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The sample app's orders API as the caller declares it: an {@code @HttpExchange}
 * interface.
 */
@HttpExchange("/orders")
public interface OrdersApi {

	@GetExchange("/{id}")
	Map<String, Object> get(@PathVariable String id);

	@PostExchange("/{id}/cancel")
	Map<String, Object> cancel(@PathVariable String id);

}
