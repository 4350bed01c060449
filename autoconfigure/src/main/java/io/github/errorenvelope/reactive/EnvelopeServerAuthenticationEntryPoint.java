package io.github.errorenvelope.reactive;

import reactor.core.publisher.Mono;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security for WebFlux: answers a missing or failed authentication with the 401
 * envelope and the configured {@code WWW-Authenticate} challenge, for applications that
 * set their entry point explicitly:
 * {@code http.exceptionHandling(e -> e.authenticationEntryPoint(envelopeEntryPoint))}.
 * Without it, Spring Security's own entry points (which set a status and a challenge and
 * write no body) reach the envelope through {@link StatusOnlyResponseWebFilter}.
 */
public final class EnvelopeServerAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private final EnvelopeWebExceptionHandler handler;

	/**
	 * Create the entry point.
	 * @param handler the reactive pipeline
	 */
	public EnvelopeServerAuthenticationEntryPoint(EnvelopeWebExceptionHandler handler) {
		this.handler = handler;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		return this.handler.handle(exchange, failure);
	}

}
