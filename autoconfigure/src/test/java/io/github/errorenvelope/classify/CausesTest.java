package io.github.errorenvelope.classify;

import java.util.concurrent.CompletionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import io.github.errorenvelope.web.ServletErrorRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one cause-chain walk: bounded, cycle-safe, and what the unwrapping built on it
 * does.
 */
class CausesTest {

	@Test
	void aCauseCycleEndsTheWalk() {
		IllegalStateException outer = new IllegalStateException("outer");
		IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
		outer.initCause(inner);
		assertThat(Causes.chain(outer)).containsExactly(outer, inner);
		assertThat(Causes.find(outer, UnsupportedOperationException.class)).isNull();
		assertThat(Causes.unwrap(outer, (link) -> true)).isSameAs(inner);
	}

	@Test
	void theWalkStopsAfterSixteenLinks() {
		Throwable failure = new IllegalStateException("innermost");
		for (int i = 0; i < 40; i++) {
			failure = new RuntimeException("wrapper " + i, failure);
		}
		assertThat(Causes.chain(failure)).hasSize(16);
		assertThat(Causes.find(failure, IllegalStateException.class)).isNull();
	}

	@Test
	void aNullChainIsEmpty() {
		assertThat(Causes.chain(null)).isEmpty();
		assertThat(Causes.unwrap(null, (link) -> true)).isNull();
	}

	@Test
	void theClassifierLooksInsideReflectionAndFutureWrappers() {
		IllegalStateException cause = new IllegalStateException("real");
		assertThat(ErrorClassifier.unwrap(new CompletionException(cause))).isSameAs(cause);
		CompletionException bare = new CompletionException("no cause", null);
		assertThat(ErrorClassifier.unwrap(bare)).isSameAs(bare);
	}

	@Test
	void theServletEntryPointLooksInsideServletExceptions() {
		IllegalStateException cause = new IllegalStateException("real");
		assertThat(ServletErrorRenderer.unwrapServletException(new ServletException(new ServletException(cause))))
			.isSameAs(cause);
		ServletException bare = new ServletException("no cause");
		assertThat(ServletErrorRenderer.unwrapServletException(bare)).isSameAs(bare);
		assertThat(ServletErrorRenderer.unwrapServletException("not a throwable")).isNull();
	}

}
