package io.github.errorenvelope.sample.reactive;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ZeroCopyHttpOutputMessage;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * Responses that set a status and write no body — from a controller's
 * {@code ResponseEntity}, a functional route and a {@code WebFilter} that stops the chain
 * — beside the ones that must be left as they are: a success, a 304, an error body of the
 * application's own.
 */
@RestController
class BodilessStatusEndpoints {

	@GetMapping("/bodiless/not-found")
	Mono<ResponseEntity<Map<String, String>>> notFound() {
		return Mono.just(ResponseEntity.notFound().build());
	}

	@PostMapping("/bodiless/conflict")
	ResponseEntity<Void> conflict() {
		return ResponseEntity.status(HttpStatus.CONFLICT).build();
	}

	@GetMapping("/bodiless/unavailable")
	ResponseEntity<Void> unavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "120").build();
	}

	@PostMapping("/bodiless/read-only")
	ResponseEntity<Void> readOnly() {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET).build();
	}

	@GetMapping("/bodiless/token")
	ResponseEntity<Void> token() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"orders\"")
			.build();
	}

	@GetMapping("/bodiless/ok")
	ResponseEntity<Void> ok() {
		return ResponseEntity.ok().header("X-Bodiless", "ok").build();
	}

	@GetMapping("/bodiless/not-modified")
	ResponseEntity<Void> notModified() {
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag("\"v1\"").build();
	}

	@GetMapping("/bodiless/own-body")
	ResponseEntity<Map<String, String>> ownBody() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("mine", "yes"));
	}

	@GetMapping("/bodiless/zero-copy")
	Mono<Map<String, Boolean>> zeroCopy(ServerWebExchange exchange) {
		return Mono.just(Map.of("zero_copy", exchange.getResponse() instanceof ZeroCopyHttpOutputMessage));
	}

	@Bean
	RouterFunction<ServerResponse> bodilessRoute() {
		return RouterFunctions.route()
			.GET("/bodiless/route", (request) -> ServerResponse.status(HttpStatus.GONE).build())
			.build();
	}

	@Bean
	WebFilter bodilessStatusFilter() {
		// a rate limiter that answers with a status and a header and stops the chain
		return (exchange, chain) -> {
			if (!exchange.getRequest().getPath().value().equals("/bodiless/filter")) {
				return chain.filter(exchange);
			}
			ServerHttpResponse response = exchange.getResponse();
			response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
			return response.setComplete();
		};
	}

}
