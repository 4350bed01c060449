package io.github.errorenvelope.reactive;

import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security for WebFlux: answers access denied (URL rules and reactive method
 * security) with the 403 envelope instead of Spring Security's plain-text "Access
 * Denied". Applied to every {@code ServerHttpSecurity} without wiring by
 * {@link EnvelopeServerHttpSecurityPostProcessor}.
 */
public final class EnvelopeServerAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final EnvelopeWebExceptionHandler handler;

	/**
	 * Create the handler.
	 * @param handler the reactive pipeline
	 */
	public EnvelopeServerAccessDeniedHandler(EnvelopeWebExceptionHandler handler) {
		this.handler = handler;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.handler.handle(exchange, denied);
	}

}
