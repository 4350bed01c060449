package io.github.errorenvelope.reactive;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * How the bodiless-status filter completes, fails and cancels around the rest of the
 * chain: what it answers is tested against a real server (the error-path matrix and
 * {@code BodilessStatusTest} in the WebFlux sample); here the envelope's write is a
 * stand-in that records what reached it.
 */
class StatusOnlyResponseWebFilterTest {

	private final EnvelopeWebExceptionHandler handler = mock(EnvelopeWebExceptionHandler.class);

	private final StatusOnlyResponseWebFilter filter = new StatusOnlyResponseWebFilter(this.handler, 0);

	private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/orders/1"));

	@Test
	void errorStatusLeftOnAnUntouchedResponseIsAnsweredOnce() {
		AtomicInteger writes = new AtomicInteger();
		given(this.handler.handleStatus(this.exchange, 401)).willReturn(envelopeWrite(writes));
		// an entry point that sets a status and completes, as Spring Security's HTTP
		// Basic one does
		this.filter.filter(this.exchange, withStatus(HttpStatus.UNAUTHORIZED)).block();
		assertThat(writes).hasValue(1);
	}

	@Test
	void bodilessCompletionWithAnErrorStatusIsAnsweredOnce() {
		AtomicInteger writes = new AtomicInteger();
		given(this.handler.handleStatus(this.exchange, 404)).willReturn(envelopeWrite(writes));
		this.filter.filter(this.exchange, (tracked) -> {
			tracked.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			return tracked.getResponse().setComplete();
		}).block();
		assertThat(writes).hasValue(1);
	}

	@Test
	void successfulAndCommittedResponsesAreLeftAlone() {
		this.filter.filter(this.exchange, withStatus(HttpStatus.OK)).block();
		MockServerWebExchange committed = MockServerWebExchange.from(MockServerHttpRequest.get("/orders/1"));
		committed.getResponse().setStatusCode(HttpStatus.CONFLICT);
		committed.getResponse().setComplete().block();
		this.filter.filter(committed, (tracked) -> Mono.empty()).block();
		verify(this.handler, never()).handleStatus(any(), anyInt());
	}

	@Test
	void errorOfTheChainIsPassedOn() {
		IllegalStateException failure = new IllegalStateException("broken");
		assertThatThrownBy(() -> this.filter.filter(this.exchange, (tracked) -> Mono.error(failure)).block())
			.isSameAs(failure);
		verify(this.handler, never()).handleStatus(any(), anyInt());
	}

	@Test
	void failedEnvelopeWriteFailsTheFilter() {
		IllegalStateException failure = new IllegalStateException("write failed");
		given(this.handler.handleStatus(this.exchange, 401)).willReturn(Mono.error(failure));
		assertThatThrownBy(() -> this.filter.filter(this.exchange, withStatus(HttpStatus.UNAUTHORIZED)).block())
			.isSameAs(failure);
	}

	@Test
	void cancellationReachesTheChainWhileItRuns() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Disposable subscription = this.filter
			.filter(this.exchange, (tracked) -> Mono.<Void>never().doOnCancel(() -> cancelled.set(true)))
			.subscribe();
		subscription.dispose();
		assertThat(cancelled).isTrue();
		verify(this.handler, never()).handleStatus(any(), anyInt());
	}

	@Test
	void cancellationReachesTheEnvelopeWhileItIsWritten() {
		AtomicBoolean cancelled = new AtomicBoolean();
		given(this.handler.handleStatus(this.exchange, 401))
			.willReturn(Mono.<Void>never().doOnCancel(() -> cancelled.set(true)));
		Disposable subscription = this.filter.filter(this.exchange, withStatus(HttpStatus.UNAUTHORIZED)).subscribe();
		assertThat(cancelled).isFalse();
		subscription.dispose();
		assertThat(cancelled).isTrue();
	}

	@Test
	void chainAndEnvelopeSeeTheSubscribersReactorContext() {
		AtomicReference<String> seenByChain = new AtomicReference<>();
		AtomicReference<String> seenByEnvelope = new AtomicReference<>();
		given(this.handler.handleStatus(this.exchange, 401)).willReturn(Mono.deferContextual((context) -> {
			seenByEnvelope.set(context.get("requestId"));
			return Mono.empty();
		}));
		this.filter.filter(this.exchange, (tracked) -> Mono.deferContextual((context) -> {
			seenByChain.set(context.get("requestId"));
			return withStatus(HttpStatus.UNAUTHORIZED).filter(tracked);
		})).contextWrite(Context.of("requestId", "r-1")).block();
		assertThat(seenByChain).hasValue("r-1");
		assertThat(seenByEnvelope).hasValue("r-1");
	}

	/** A stand-in for the envelope's write: counts, and commits the response. */
	private Mono<Void> envelopeWrite(AtomicInteger writes) {
		return Mono.defer(() -> {
			writes.incrementAndGet();
			return this.exchange.getResponse().setComplete();
		});
	}

	private static WebFilterChain withStatus(HttpStatus status) {
		return (ServerWebExchange tracked) -> {
			tracked.getResponse().setStatusCode(status);
			return Mono.empty();
		};
	}

}
