package io.github.errorenvelope.reactive;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.DispatchExceptionHandler;
import org.springframework.web.reactive.HandlerResult;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring's {@link RequestMappingHandlerAdapter} that also answers, with the envelope
 * ({@link EnvelopeDispatchExceptionHandler}), what the application's
 * {@code @ExceptionHandler}s leave unanswered, still inside the
 * {@code DispatcherHandler}: the dispatch errors the dispatcher hands it (handler lookup
 * and invocation, for every kind of handler) and the errors a controller's returned
 * {@code Mono} or {@code Flux} signals while it is written, which otherwise reach only
 * the result's own exception handler. Being the one exception-handling adapter saves the
 * dispatcher an operator per request that a second one would add. Signalled errors travel
 * to the handlers in a stack-free carrier ({@link SignalledErrors}), so the dispatcher's
 * checkpoint on the way does not convert their stack traces.
 */
public class EnvelopeRequestMappingHandlerAdapter extends RequestMappingHandlerAdapter {

	private final Supplier<EnvelopeDispatchExceptionHandler> envelope;

	/**
	 * Create the adapter.
	 * @param envelope the envelope's dispatch exception handler, looked up once, when
	 * first needed
	 */
	public EnvelopeRequestMappingHandlerAdapter(Supplier<EnvelopeDispatchExceptionHandler> envelope) {
		// every result asks for it, and a bean provider would resolve the bean each time
		this.envelope = SingletonSupplier.of(envelope);
	}

	@Override
	public Mono<HandlerResult> handle(ServerWebExchange exchange, Object handler) {
		return super.handle(exchange, handler).map(this::answerUnresolvedErrors);
	}

	/**
	 * The application's {@code @ExceptionHandler}s first, then the envelope.
	 */
	@Override
	public Mono<HandlerResult> handleError(ServerWebExchange exchange, Throwable error) {
		return orEnvelope(super.handleError(exchange, error), exchange);
	}

	private HandlerResult answerUnresolvedErrors(HandlerResult result) {
		DispatchExceptionHandler own = result.getExceptionHandler();
		HandlerResult carried = SignalledErrors.carried(result);
		if (own == null) {
			return carried.setExceptionHandler(this.envelope.get());
		}
		return carried.setExceptionHandler(
				(exchange, error) -> orEnvelope(own.handleError(exchange, SignalledErrors.original(error)), exchange));
	}

	/**
	 * What the application's handlers answer, else the envelope.
	 */
	private Mono<HandlerResult> orEnvelope(Mono<HandlerResult> own, ServerWebExchange exchange) {
		return own.onErrorResume((unresolved) -> this.envelope.get().handleError(exchange, unresolved));
	}

}
