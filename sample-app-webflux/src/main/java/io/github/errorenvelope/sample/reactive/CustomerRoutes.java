package io.github.errorenvelope.sample.reactive;

import java.util.Map;

import io.github.errorenvelope.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Customers as a functional route: its errors leave in the same envelope as the
 * controllers'.
 */
@Configuration(proxyBeanMethods = false)
public class CustomerRoutes {

	private static final Map<String, String> CUSTOMERS = Map.of("7", "Ada Lovelace");

	@Bean
	RouterFunction<ServerResponse> customerRouter() {
		return RouterFunctions.route().GET("/customers/{id}", (request) -> {
			String id = request.pathVariable("id");
			String name = CUSTOMERS.get(id);
			if (name == null) {
				return Mono.error(new CustomerNotFoundException(id));
			}
			return ServerResponse.ok().bodyValue(Map.of("id", id, "name", name));
		}).build();
	}

	/** A customer that does not exist. */
	@ErrorCode(value = "CUSTOMER_NOT_FOUND", status = HttpStatus.NOT_FOUND)
	public static class CustomerNotFoundException extends RuntimeException {

		public CustomerNotFoundException(String id) {
			super("Customer " + id + " does not exist.");
		}

	}

}
