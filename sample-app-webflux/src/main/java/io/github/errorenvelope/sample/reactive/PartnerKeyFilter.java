package io.github.errorenvelope.sample.reactive;

import io.github.errorenvelope.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/** Partner endpoints need an API key; a WebFilter's error leaves in the envelope too. */
@Component
public class PartnerKeyFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/partner/")) {
			return chain.filter(exchange);
		}
		if (!"partner-key-1".equals(exchange.getRequest().getHeaders().getFirst("X-Api-Key"))) {
			return Mono.error(new InvalidApiKeyException());
		}
		return chain.filter(exchange);
	}

	/** A missing or wrong API key, with its own challenge. */
	@ErrorCode(value = "INVALID_API_KEY", status = HttpStatus.UNAUTHORIZED, type = "auth",
			challenge = "ApiKey header=\"X-Api-Key\"")
	public static class InvalidApiKeyException extends RuntimeException {

		public InvalidApiKeyException() {
			super("A valid X-Api-Key header is required.");
		}

	}

}
