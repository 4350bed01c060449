package io.github.errorenvelope.reactive;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.DispatchExceptionHandler;
import org.springframework.web.reactive.HandlerAdapter;
import org.springframework.web.reactive.HandlerResult;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;

/**
 * Answers the errors of handler lookup and invocation inside the
 * {@code DispatcherHandler}, with the envelope the {@link EnvelopeWebExceptionHandler}
 * writes, instead of letting them travel back out through the filter chain first.
 * <p>
 * The starter's {@link EnvelopeRequestMappingHandlerAdapter} consults it after the
 * application's own {@code @ExceptionHandler}s and {@code @ControllerAdvice}. Where the
 * application registers its own {@code RequestMappingHandlerAdapter}, it is a handler
 * adapter of its own, supporting no handler: the {@code DispatcherHandler} hands a
 * dispatch error to every adapter that is a {@link DispatchExceptionHandler}, in the
 * adapters' order, and this one comes after Spring's. Spring Security's exceptions are
 * passed on, so its {@code ExceptionTranslationWebFilter} still decides between a
 * challenge and a 403, and so are errors after the response was committed.
 */
public class EnvelopeDispatchExceptionHandler implements HandlerAdapter, DispatchExceptionHandler, Ordered {

	/** Exceptions a web filter further out answers; looked up by name. */
	private static final String[] PASSED_ON = { "org.springframework.security.access.AccessDeniedException",
			"org.springframework.security.core.AuthenticationException" };

	private final EnvelopeWebExceptionHandler handler;

	private final List<Class<?>> passedOn;

	/**
	 * Create the adapter.
	 * @param handler writes the envelope, as for errors outside the dispatcher
	 * @param classLoader the class loader Spring Security's exceptions are looked up with
	 */
	public EnvelopeDispatchExceptionHandler(EnvelopeWebExceptionHandler handler, @Nullable ClassLoader classLoader) {
		this.handler = handler;
		List<Class<?>> present = new ArrayList<>();
		for (String name : PASSED_ON) {
			if (ClassUtils.isPresent(name, classLoader)) {
				present.add(ClassUtils.resolveClassName(name, classLoader));
			}
		}
		this.passedOn = List.copyOf(present);
	}

	@Override
	public boolean supports(Object handler) {
		return false;
	}

	@Override
	public Mono<HandlerResult> handle(ServerWebExchange exchange, Object handler) {
		return Mono.error(new IllegalStateException("Supports no handler"));
	}

	@Override
	public Mono<HandlerResult> handleError(ServerWebExchange exchange, Throwable error) {
		Throwable exception = SignalledErrors.original(error);
		if (isPassedOn(exception) || exchange.getResponse().isCommitted()) {
			// a committed response may have to be aborted by failing the exchange, which
			// the web exception handler does once, outside the dispatcher
			return Mono.error(exception);
		}
		// recorded where the server's observation looks for an error a web exception
		// handler answered, so http.server.requests is tagged as on the other path
		exchange.getAttributes().put(ExceptionHandlingWebHandler.HANDLED_WEB_EXCEPTION, exception);
		// the envelope is written here: an empty result leaves nothing for the result
		// handlers
		return this.handler.handle(exchange, exception).then(Mono.empty());
	}

	private boolean isPassedOn(Throwable exception) {
		for (Class<?> type : this.passedOn) {
			if (type.isInstance(exception)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The lowest precedence: among adapters of equal order, the dispatcher keeps their
	 * registration order, and this one is registered after Spring's.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
