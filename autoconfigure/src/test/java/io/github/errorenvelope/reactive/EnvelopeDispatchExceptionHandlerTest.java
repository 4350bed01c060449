package io.github.errorenvelope.reactive;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the dispatch exception handler leaves to others: Spring Security's exceptions, for
 * its filter chain, and any error after the response was committed, for the web exception
 * handler. The envelope it writes otherwise is tested against a real server
 * ({@code DispatchErrorsTest} in the WebFlux sample).
 */
class EnvelopeDispatchExceptionHandlerTest {

	// no envelope writer: a call to it would fail the test
	private final EnvelopeDispatchExceptionHandler handler = new EnvelopeDispatchExceptionHandler(null,
			getClass().getClassLoader());

	@Test
	void springSecuritysExceptionsArePassedOn() {
		AccessDeniedException denied = new AccessDeniedException("denied");
		assertThatThrownBy(() -> this.handler.handleError(exchange(), denied).block()).isSameAs(denied);
		BadCredentialsException unauthenticated = new BadCredentialsException("bad");
		assertThatThrownBy(() -> this.handler.handleError(exchange(), unauthenticated).block())
			.isSameAs(unauthenticated);
	}

	@Test
	void errorAfterTheResponseWasCommittedIsPassedOn() {
		MockServerWebExchange exchange = exchange();
		exchange.getResponse().setComplete().block();
		IllegalStateException broken = new IllegalStateException("stream broke");
		assertThatThrownBy(() -> this.handler.handleError(exchange, broken).block()).isSameAs(broken);
	}

	@Test
	void supportsNoHandler() {
		assertThat(this.handler.supports(new Object())).isFalse();
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/orders/1"));
	}

}
