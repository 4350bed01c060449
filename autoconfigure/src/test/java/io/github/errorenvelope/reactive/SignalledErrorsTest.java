package io.github.errorenvelope.reactive;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.HandlerResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A controller's signalled error travels past the dispatcher's checkpoint in a carrier
 * without a stack trace, and comes out as the very exception the controller signalled;
 * results that cannot fail are left as they are. Against a real server:
 * {@code SignalledErrorsTest} in the WebFlux sample.
 */
class SignalledErrorsTest {

	private final BindingContext context = new BindingContext();

	@Test
	void resultThatHoldsItsValueIsLeftAlone() {
		HandlerResult just = result(Mono.just("order"), "mono");
		HandlerResult empty = result(Mono.empty(), "mono");
		HandlerResult plain = result("order", "plain");
		assertThat(SignalledErrors.carried(just)).isSameAs(just);
		assertThat(SignalledErrors.carried(empty)).isSameAs(empty);
		assertThat(SignalledErrors.carried(plain)).isSameAs(plain);
	}

	@Test
	void monoErrorTravelsWithoutAStackTraceAndComesOutAsItself() {
		IllegalStateException failure = new IllegalStateException("db down");
		StackTraceElement[] created = failure.getStackTrace();
		HandlerResult carried = SignalledErrors.carried(result(Mono.error(failure), "mono"));

		Throwable signalled = signalled(carried);
		assertThat(signalled).isNotSameAs(failure).hasCause(failure);
		assertThat(signalled.getStackTrace()).isEmpty();
		assertThat(SignalledErrors.original(signalled)).isSameAs(failure);
		assertThat(failure.getStackTrace()).isEqualTo(created);
	}

	@Test
	void deferredMonoAndFluxSignalTheirErrorsCarried() {
		IllegalArgumentException failure = new IllegalArgumentException("bad");
		Throwable fromMono = signalled(SignalledErrors.carried(result(Mono.defer(() -> Mono.error(failure)), "mono")));
		Throwable fromFlux = signalled(
				SignalledErrors.carried(result(Flux.just("a", "b").concatWith(Flux.error(failure)), "flux")));
		assertThat(SignalledErrors.original(fromMono)).isSameAs(failure);
		assertThat(SignalledErrors.original(fromFlux)).isSameAs(failure);
	}

	@Test
	void suppliedErrorIsCreatedOnce() {
		IllegalStateException failure = new IllegalStateException("once");
		AtomicInteger supplied = new AtomicInteger();
		HandlerResult carried = SignalledErrors.carried(result(Mono.error(() -> {
			supplied.incrementAndGet();
			return failure;
		}), "mono"));
		assertThat(SignalledErrors.original(signalled(carried))).isSameAs(failure);
		assertThat(supplied).hasValue(1);
		assertThat(SignalledErrors.original(signalled(SignalledErrors.carried(result(Flux.error(failure), "flux")))))
			.isSameAs(failure);
	}

	@Test
	void carryingResultKeepsTheHandlersTypesAndContext() {
		HandlerResult original = result(Mono.defer(() -> Mono.just("order")), "mono");
		HandlerResult carried = SignalledErrors.carried(original);
		assertThat(carried).isNotSameAs(original);
		assertThat(carried.getHandler()).isSameAs(original.getHandler());
		assertThat(carried.getReturnType()).isSameAs(original.getReturnType());
		assertThat(carried.getReturnType().resolveGeneric(0)).isEqualTo(String.class);
		assertThat(carried.getReturnTypeSource()).isSameAs(original.getReturnTypeSource());
		assertThat(carried.getBindingContext()).isSameAs(this.context);
		assertThat(((Mono<?>) carried.getReturnValue()).block()).isEqualTo("order");
	}

	@Test
	void anythingElseIsNotUnwrapped() {
		IllegalStateException failure = new IllegalStateException("x", new IllegalArgumentException());
		assertThat(SignalledErrors.original(failure)).isSameAs(failure);
	}

	private Throwable signalled(HandlerResult result) {
		AtomicReference<Throwable> error = new AtomicReference<>();
		Flux.from((Publisher<?>) result.getReturnValue()).subscribe((value) -> {
		}, error::set);
		assertThat(error.get()).isNotNull();
		return error.get();
	}

	private HandlerResult result(Object value, String method) {
		MethodParameter returnType = new MethodParameter(ReflectionUtils.findMethod(Handlers.class, method), -1);
		return new HandlerResult(new Handlers(), value, returnType, this.context);
	}

	static class Handlers {

		Mono<String> mono() {
			return Mono.empty();
		}

		Flux<String> flux() {
			return Flux.empty();
		}

		String plain() {
			return "";
		}

	}

}
