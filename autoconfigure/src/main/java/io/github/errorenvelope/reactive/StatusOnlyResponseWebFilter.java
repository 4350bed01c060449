package io.github.errorenvelope.reactive;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The reactive counterpart of the servlet error dispatch: when the chain completes
 * leaving an error status and no body — Spring Security's HTTP Basic entry point sets 401
 * and {@code WWW-Authenticate} and nothing else, a filter may set a status and stop — the
 * envelope for that status is written, keeping the headers already set.
 */
public final class StatusOnlyResponseWebFilter implements WebFilter, Ordered {

	private final EnvelopeWebExceptionHandler handler;

	private final int order;

	/**
	 * Create the filter.
	 * @param handler writes the envelope
	 * @param order the filter's order (ahead of Spring Security's filter chain)
	 */
	public StatusOnlyResponseWebFilter(EnvelopeWebExceptionHandler handler, int order) {
		this.handler = handler;
		this.order = order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange).then(Mono.defer(() -> {
			ServerHttpResponse response = exchange.getResponse();
			HttpStatusCode status = response.getStatusCode();
			if (response.isCommitted() || status == null || status.value() < 400) {
				return Mono.empty();
			}
			return this.handler.handleStatus(exchange, status.value());
		}));
	}

	@Override
	public int getOrder() {
		return this.order;
	}

}
