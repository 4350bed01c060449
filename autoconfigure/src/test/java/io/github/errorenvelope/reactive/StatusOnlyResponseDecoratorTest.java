package io.github.errorenvelope.reactive;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The bodiless-status filter as an {@code HttpHandler} decorator, the way the application
 * context's handler applies it: the response it decorates in front of the exchange
 * answers what the chain completes or leaves behind, while the chain sees Spring's own
 * exchange. The envelope's write is a stand-in that writes a marker body.
 */
class StatusOnlyResponseDecoratorTest {

	private final EnvelopeWebExceptionHandler handler = mock(EnvelopeWebExceptionHandler.class);

	private final StatusOnlyResponseWebFilter filter = new StatusOnlyResponseWebFilter(this.handler, 0);

	private final AtomicInteger writes = new AtomicInteger();

	StatusOnlyResponseDecoratorTest() {
		given(this.handler.handleStatus(any(), anyInt())).willAnswer((invocation) -> {
			ServerWebExchange exchange = invocation.getArgument(0);
			this.writes.incrementAndGet();
			return exchange.getResponse()
				.writeWith(Mono.fromSupplier(() -> exchange.getResponse()
					.bufferFactory()
					.wrap(("envelope " + invocation.getArgument(1)).getBytes(StandardCharsets.UTF_8))));
		});
	}

	@Test
	void errorStatusLeftOnAnUntouchedResponseIsAnsweredWhenTheServerCompletesIt() {
		// as Spring Security's HTTP Basic entry point leaves it
		MockServerHttpResponse response = serve(MockServerHttpRequest.get("/orders/1"), (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"orders\"");
			return Mono.empty();
		});
		assertThat(this.writes).hasValue(1);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"orders\"");
		assertThat(response.getBodyAsString().block()).isEqualTo("envelope 401");
	}

	@Test
	void bodilessCompletionWithAnErrorStatusIsAnsweredOnce() {
		MockServerHttpResponse response = serve(MockServerHttpRequest.get("/orders/1"), (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			return exchange.getResponse().setComplete();
		});
		assertThat(this.writes).hasValue(1);
		assertThat(response.getBodyAsString().block()).isEqualTo("envelope 404");
	}

	@Test
	void chainSeesSpringsOwnExchange() {
		AtomicReference<ServerWebExchange> seen = new AtomicReference<>();
		serve(MockServerHttpRequest.get("/orders/1"), (exchange) -> {
			seen.set(exchange);
			return Mono.empty();
		});
		assertThat(seen.get()).isInstanceOf(DefaultServerWebExchange.class);
	}

	@Test
	void responsesWithABodyOrASuccessStatusAreLeftAlone() {
		MockServerHttpResponse withBody = serve(MockServerHttpRequest.get("/orders/1"), (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
			return exchange.getResponse()
				.writeWith(
						Mono.just(exchange.getResponse().bufferFactory().wrap("own".getBytes(StandardCharsets.UTF_8))));
		});
		MockServerHttpResponse bodiless = serve(MockServerHttpRequest.get("/orders/1"), (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
			return exchange.getResponse().setComplete();
		});
		assertThat(withBody.getBodyAsString().block()).isEqualTo("own");
		assertThat(bodiless.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		verify(this.handler, never()).handleStatus(any(), anyInt());
	}

	@Test
	void headRequestCompletedByTheApplicationIsLeftAlone() {
		serve(MockServerHttpRequest.head("/orders/1"), (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			return exchange.getResponse().setComplete();
		});
		verify(this.handler, never()).handleStatus(any(), anyInt());
	}

	@Test
	void headRequestWithAnErrorStatusLeftBehindIsAnswered() {
		serve(MockServerHttpRequest.head("/orders/1"), (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
			return Mono.empty();
		});
		verify(this.handler).handleStatus(any(), eq(401));
	}

	@Test
	void filterAheadOfTheStartersThatCompletesItselfIsLeftAlone() {
		WebFilter ahead = (exchange, chain) -> {
			exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
			return exchange.getResponse().setComplete();
		};
		HttpHandler httpHandler = WebHttpHandlerBuilder.webHandler((exchange) -> Mono.empty())
			.filter(ahead, this.filter)
			.httpHandlerDecorator(this.filter)
			.build();
		MockServerHttpResponse response = new MockServerHttpResponse();
		httpHandler.handle(MockServerHttpRequest.get("/orders/1").build(), response).block();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		verify(this.handler, never()).handleStatus(any(), anyInt());
	}

	@Test
	void bodilessCompletionByAnExceptionHandlerIsAnswered() {
		WebExceptionHandler bodiless = (exchange, ex) -> {
			exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
			return exchange.getResponse().setComplete();
		};
		HttpHandler httpHandler = WebHttpHandlerBuilder
			.webHandler((exchange) -> Mono.error(new IllegalStateException("taken")))
			.filter(this.filter)
			.exceptionHandler(bodiless)
			.httpHandlerDecorator(this.filter)
			.build();
		MockServerHttpResponse response = new MockServerHttpResponse();
		httpHandler.handle(MockServerHttpRequest.get("/orders/1").build(), response).block();
		assertThat(response.getBodyAsString().block()).isEqualTo("envelope 409");
	}

	private MockServerHttpResponse serve(MockServerHttpRequest.BaseBuilder<?> request, WebHandler webHandler) {
		HttpHandler httpHandler = WebHttpHandlerBuilder.webHandler(webHandler)
			.filter(this.filter)
			.httpHandlerDecorator(this.filter)
			.build();
		MockServerHttpResponse response = new MockServerHttpResponse();
		httpHandler.handle(request.build(), response).block();
		return response;
	}

}
