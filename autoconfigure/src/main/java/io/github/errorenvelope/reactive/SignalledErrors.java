package io.github.errorenvelope.reactive;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.Fuseable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.reactive.HandlerResult;

/**
 * Carries the error a controller's returned {@code Mono} or {@code Flux} signals past the
 * {@code DispatcherHandler}'s checkpoint around result handling to the result's exception
 * handler, which takes the error out again before anyone sees it. A Reactor checkpoint
 * that meets an error first turns its whole stack trace into stack trace elements (a
 * reactive stack is a few hundred frames deep, so this is most of what a handled error
 * costs); the carrier has no stack trace, so the checkpoint finds nothing to convert. The
 * application's {@code @ExceptionHandler}s, the envelope and the logs get the original
 * exception, with the stack trace it was created with.
 */
final class SignalledErrors {

	/**
	 * A return type Spring resolves without generics or caches: the carrying result
	 * answers the real one itself.
	 */
	private static final MethodParameter PLAIN_RETURN_TYPE = new MethodParameter(
			Objects.requireNonNull(ReflectionUtils.findMethod(SignalledErrors.class, "plainReturnType")), -1);

	private SignalledErrors() {
	}

	/**
	 * The result whose returned publisher signals its errors in a carrier.
	 * @param result the handler's result
	 * @return a result with the carrying publisher, or {@code result} itself when it
	 * returned no {@code Mono} or {@code Flux}, or one that holds a value or nothing
	 * ({@code Mono.just}, {@code Mono.empty()})
	 */
	static HandlerResult carried(HandlerResult result) {
		Object value = result.getReturnValue();
		boolean mono = value instanceof Mono<?>;
		if (!mono && !(value instanceof Flux<?>)) {
			return result;
		}
		if (value instanceof Fuseable.ScalarCallable<?> scalar) {
			// a scalar holds its outcome, and reading it is what Reactor's operators do
			// when they subscribe to one: a supplied error is created here, not there
			Throwable failure = failureOf(scalar);
			if (failure == null) {
				return result;
			}
			Carrier carrier = new Carrier(failure);
			return new CarryingResult(result, mono ? Mono.error(carrier) : Flux.error(carrier));
		}
		return new CarryingResult(result,
				mono ? ((Mono<?>) value).onErrorMap(Carrier::new) : ((Flux<?>) value).onErrorMap(Carrier::new));
	}

	/**
	 * The error a carrier carries, or the error itself.
	 * @param error an error signalled while a result was handled
	 * @return the original error
	 */
	static Throwable original(Throwable error) {
		return (error instanceof Carrier carrier && carrier.getCause() != null) ? carrier.getCause() : error;
	}

	private static @Nullable Throwable failureOf(Fuseable.ScalarCallable<?> scalar) {
		try {
			scalar.call();
			return null;
		}
		catch (Exception ex) {
			return Exceptions.unwrap(ex);
		}
	}

	@SuppressWarnings("unused")
	private static @Nullable Object plainReturnType() {
		return null;
	}

	/** The stack-free carrier of a signalled error. */
	private static final class Carrier extends RuntimeException {

		Carrier(Throwable error) {
			super(null, error, false, false);
		}

	}

	/**
	 * The handler's result with the carrying publisher as its value. Spring resolves a
	 * result's generic return type when the result is created, about half a microsecond
	 * per request; this one answers with the original result's, resolved already.
	 */
	private static final class CarryingResult extends HandlerResult {

		private final HandlerResult original;

		CarryingResult(HandlerResult original, Object value) {
			super(original.getHandler(), value, PLAIN_RETURN_TYPE, original.getBindingContext());
			this.original = original;
		}

		@Override
		public ResolvableType getReturnType() {
			return this.original.getReturnType();
		}

		@Override
		public MethodParameter getReturnTypeSource() {
			return this.original.getReturnTypeSource();
		}

	}

}
