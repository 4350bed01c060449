package io.github.errorenvelope.reactive;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ZeroCopyHttpOutputMessage;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The reactive counterpart of the servlet filter's bodiless-status handling: a response
 * left with an error status and no body gets the envelope for that status, keeping the
 * headers already set ({@code WWW-Authenticate}, {@code Allow}, {@code Retry-After}). Two
 * ways lead there: the application completes the response without a body
 * ({@code ResponseEntity.notFound().build()}, {@code ServerResponse.status(409).build()},
 * a {@code WebFilter} that sets a status and calls {@code setComplete()}), or the chain
 * ends with the response untouched after an entry point set a status (Spring Security's
 * HTTP Basic one sets 401 and {@code WWW-Authenticate} and nothing else). A {@code HEAD}
 * request completed by the application is left as it is: its body would never be sent.
 * <p>
 * As an {@link HttpHandlerDecoratorFactory} (applied to every {@code HttpHandler} built
 * from the application context) it hands the server's handling a response that answers
 * its bodiless completion with an error status, one object per request, which the filter
 * ties to the exchange. The server completes every response once its handling ends, so
 * that response also answers a status the chain left behind, and the exchange and the
 * chain's outcome stay Spring's own. Where the handler was built without the decorator,
 * the filter hands the rest of the chain an exchange with such a response, and checks the
 * response the chain left behind itself.
 */
public final class StatusOnlyResponseWebFilter implements WebFilter, HttpHandlerDecoratorFactory, Ordered {

	private static final String NAME = StatusOnlyResponseWebFilter.class.getName();

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
	public HttpHandler apply(HttpHandler httpHandler) {
		return (request, response) -> httpHandler.handle(request,
				HttpMethod.HEAD.equals(request.getMethod()) ? response : statusOnly(response, null));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getResponse() instanceof StatusOnlyResponse response && response.answersFor(exchange)) {
			return chain.filter(exchange);
		}
		return new AnswerLeftStatus(chain.filter(tracked(exchange)), exchange, this.handler);
	}

	/**
	 * The exchange the rest of the chain sees: its response answers a bodiless completion
	 * with an error status with the envelope. Two objects per request, the response and
	 * the exchange that hands it out, built directly rather than through
	 * {@code exchange.mutate()}, which would add a builder.
	 */
	private ServerWebExchange tracked(ServerWebExchange exchange) {
		if (HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
			return exchange;
		}
		return new TrackedExchange(exchange, statusOnly(exchange.getResponse(), exchange));
	}

	/**
	 * A response that answers its bodiless completion with an error status.
	 * @param response the response to decorate
	 * @param exchange the exchange the envelope is written for, or {@code null} to have
	 * the filter tie it to the exchange built around the response
	 */
	private StatusOnlyResponse statusOnly(ServerHttpResponse response, @Nullable ServerWebExchange exchange) {
		// keep zero-copy file transfer, which Spring's writers only use on a response
		// that offers it
		return (response instanceof ZeroCopyHttpOutputMessage)
				? new ZeroCopyStatusOnlyResponse(response, exchange, this.handler)
				: new StatusOnlyResponse(response, exchange, this.handler);
	}

	/**
	 * The error status a response still waiting for its body was left with.
	 * @return the status, or {@code null} when the response is committed or its status is
	 * not an error
	 */
	private static @Nullable HttpStatusCode errorStatusToAnswer(ServerHttpResponse response) {
		HttpStatusCode status = response.getStatusCode();
		return (status == null || status.value() < 400 || response.isCommitted()) ? null : status;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	/**
	 * The class name alone: WebFlux's filter chain names every filter in a checkpoint
	 * built per request.
	 */
	@Override
	public String toString() {
		return NAME;
	}

	/**
	 * A response whose bodiless completion with an error status writes the envelope for
	 * that status instead; a body written, a status below 400, a response already
	 * committed or one not yet tied to its exchange completes as usual.
	 */
	private static class StatusOnlyResponse extends ServerHttpResponseDecorator {

		private final EnvelopeWebExceptionHandler handler;

		private @Nullable ServerWebExchange exchange;

		StatusOnlyResponse(ServerHttpResponse response, @Nullable ServerWebExchange exchange,
				EnvelopeWebExceptionHandler handler) {
			super(response);
			this.exchange = exchange;
			this.handler = handler;
		}

		/**
		 * Tie a response decorated in front of the exchange to it, the first time the
		 * filter sees it.
		 * @param exchange the exchange whose response this is
		 * @return whether this response answers for that exchange
		 */
		boolean answersFor(ServerWebExchange exchange) {
			if (this.exchange == null) {
				this.exchange = exchange;
			}
			return this.exchange == exchange;
		}

		@Override
		public Mono<Void> setComplete() {
			ServerWebExchange exchange = this.exchange;
			HttpStatusCode status = (exchange != null) ? errorStatusToAnswer(this) : null;
			if (status == null) {
				return super.setComplete();
			}
			// the envelope is written with a body, so it passes through this response
			return this.handler.handleStatus(exchange, status.value());
		}

	}

	/** A {@link StatusOnlyResponse} over a response that can send a file directly. */
	private static final class ZeroCopyStatusOnlyResponse extends StatusOnlyResponse
			implements ZeroCopyHttpOutputMessage {

		ZeroCopyStatusOnlyResponse(ServerHttpResponse response, @Nullable ServerWebExchange exchange,
				EnvelopeWebExceptionHandler handler) {
			super(response, exchange, handler);
		}

		@Override
		public Mono<Void> writeWith(Path file, long position, long count) {
			return ((ZeroCopyHttpOutputMessage) getDelegate()).writeWith(file, position, count);
		}

	}

	/**
	 * The rest of the chain, then the envelope for the error status it left on a response
	 * still waiting for its body. One operator, where {@code then(Mono.defer(...))} takes
	 * three objects and two subscribers per request, on every request.
	 */
	private static final class AnswerLeftStatus extends MonoOperator<Void, Void> {

		private final ServerWebExchange exchange;

		private final EnvelopeWebExceptionHandler handler;

		AnswerLeftStatus(Mono<Void> chain, ServerWebExchange exchange, EnvelopeWebExceptionHandler handler) {
			super(chain);
			this.exchange = exchange;
			this.handler = handler;
		}

		@Override
		public void subscribe(CoreSubscriber<? super Void> actual) {
			this.source.subscribe(new LeftStatusSubscriber(actual, this.exchange, this.handler));
		}

	}

	/**
	 * Passes the chain's completion on, or first subscribes to the envelope's write (and
	 * then passes on its outcome); a cancellation reaches whichever is running.
	 */
	private static final class LeftStatusSubscriber implements CoreSubscriber<Void>, Subscription {

		private static final AtomicReferenceFieldUpdater<LeftStatusSubscriber, @Nullable Subscription> UPSTREAM = AtomicReferenceFieldUpdater
			.newUpdater(LeftStatusSubscriber.class, Subscription.class, "upstream");

		private final CoreSubscriber<? super Void> actual;

		private final ServerWebExchange exchange;

		private final EnvelopeWebExceptionHandler handler;

		private volatile @Nullable Subscription upstream;

		private boolean answering;

		LeftStatusSubscriber(CoreSubscriber<? super Void> actual, ServerWebExchange exchange,
				EnvelopeWebExceptionHandler handler) {
			this.actual = actual;
			this.exchange = exchange;
			this.handler = handler;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (!this.answering) {
				if (Operators.setOnce(UPSTREAM, this, subscription)) {
					this.actual.onSubscribe(this);
				}
				return;
			}
			// the envelope's write takes the completed chain's place, unless the
			// subscriber cancelled meanwhile
			if (Operators.replace(UPSTREAM, this, subscription)) {
				subscription.request(Long.MAX_VALUE);
			}
			else {
				subscription.cancel();
			}
		}

		@Override
		public void onNext(Void value) {
			// a Mono<Void> emits no value
		}

		@Override
		public void onError(Throwable error) {
			this.actual.onError(error);
		}

		@Override
		public void onComplete() {
			if (this.answering) {
				this.actual.onComplete();
				return;
			}
			HttpStatusCode status = errorStatusToAnswer(this.exchange.getResponse());
			if (status == null) {
				this.actual.onComplete();
				return;
			}
			this.answering = true;
			Mono<Void> write;
			try {
				write = this.handler.handleStatus(this.exchange, status.value());
			}
			catch (Throwable ex) {
				Exceptions.throwIfJvmFatal(ex);
				this.actual.onError(ex);
				return;
			}
			write.subscribe(this);
		}

		@Override
		public void request(long n) {
			Subscription current = this.upstream;
			if (current != null) {
				current.request(n);
			}
		}

		@Override
		public void cancel() {
			Operators.terminate(UPSTREAM, this);
		}

	}

	/** The exchange with the tracking response. */
	private static final class TrackedExchange extends ServerWebExchangeDecorator {

		private final ServerHttpResponse response;

		TrackedExchange(ServerWebExchange delegate, ServerHttpResponse response) {
			super(delegate);
			this.response = response;
		}

		@Override
		public ServerHttpResponse getResponse() {
			return this.response;
		}

	}

}
