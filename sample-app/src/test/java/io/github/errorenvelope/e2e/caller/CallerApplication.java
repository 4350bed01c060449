package io.github.errorenvelope.e2e.caller;

import io.github.errorenvelope.client.ErrorEnvelopeResponseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.registry.ImportHttpServices;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * A second service that calls the sample app, the way a Spring team writes one: clients
 * built from Spring Boot's builders, an {@code @HttpExchange} interface registered with
 * {@code @ImportHttpServices}, and an endpoint of its own that calls the sample app while
 * serving a request.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ImportHttpServices(group = "orders", types = OrdersApi.class)
@Import(CallerApplication.Relay.class)
public class CallerApplication {

	@Bean
	RestClient ordersRestClient(RestClient.Builder builder, @Value("${orders.url}") String url) {
		return builder.baseUrl(url).build();
	}

	@Bean
	RestTemplate ordersRestTemplate(RestTemplateBuilder builder, @Value("${orders.url}") String url) {
		return builder.uriTemplateHandler(new DefaultUriBuilderFactory(url)).build();
	}

	@Bean
	WebClient ordersWebClient(WebClient.Builder builder, @Value("${orders.url}") String url) {
		return builder.baseUrl(url).clientConnector(new JdkClientHttpConnector()).build();
	}

	@Bean
	SecurityFilterChain openToTests(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
	}

	/**
	 * Serves {@code /relay/orders/{id}} by asking the sample app, and answers the request
	 * id the sample app saw.
	 */
	@RestController
	static class Relay {

		private final OrdersApi orders;

		Relay(OrdersApi orders) {
			this.orders = orders;
		}

		@GetMapping("/relay/orders/{id}")
		String requestIdSeenUpstream(@PathVariable String id) {
			try {
				this.orders.get(id);
				return "found";
			}
			catch (ErrorEnvelopeResponseException ex) {
				return ex.getEnvelope().getRequestId();
			}
		}

	}

}
