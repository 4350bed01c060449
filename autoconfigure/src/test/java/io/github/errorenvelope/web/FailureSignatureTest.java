package io.github.errorenvelope.web;

import java.io.UncheckedIOException;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the same failure: class, route, message template and causes. */
class FailureSignatureTest {

	@Test
	void numbersIdsAndQuotedValuesDoNotSplitAFailure() {
		assertThat(signature(new IllegalStateException("Order 123 failed after 30005ms")))
			.isEqualTo(signature(new IllegalStateException("Order 98 failed after 12ms")));
		assertThat(signature(new IllegalStateException("no row for 550e8400-e29b-41d4-a716-446655440000")))
			.isEqualTo(signature(new IllegalStateException("no row for 0b9e1f2a-0000-4000-8000-c47560ce0001")));
		assertThat(signature(new IllegalStateException("unknown product 'ink' in \"cart\"")))
			.isEqualTo(signature(new IllegalStateException("unknown product 'paper' in \"wishlist\"")));
		assertThat(signature(new IllegalStateException("connect to db.internal:5432 refused")))
			.isEqualTo(signature(new IllegalStateException("connect to db.internal:6543 refused")));
	}

	@Test
	void aDifferentClassMessageRouteOrCauseIsADifferentFailure() {
		String base = FailureSignature.of(new IllegalStateException("pool exhausted"), "/orders/{id}");
		assertThat(FailureSignature.of(new IllegalArgumentException("pool exhausted"), "/orders/{id}"))
			.isNotEqualTo(base);
		assertThat(FailureSignature.of(new IllegalStateException("cache offline"), "/orders/{id}")).isNotEqualTo(base);
		assertThat(FailureSignature.of(new IllegalStateException("pool exhausted"), "/invoices/{id}"))
			.isNotEqualTo(base);
		assertThat(FailureSignature.of(new IllegalStateException("pool exhausted"), null)).isNotEqualTo(base);
		assertThat(
				FailureSignature.of(new IllegalStateException("pool exhausted", new IOException("x")), "/orders/{id}"))
			.isNotEqualTo(base)
			.isNotEqualTo(FailureSignature.of(
					new IllegalStateException("pool exhausted", new UncheckedIOException(new IOException("x"))),
					"/orders/{id}"));
	}

	@Test
	void apostrophesInWordsAreText() {
		assertThat(signature(new IllegalStateException("can't reach billing")))
			.isNotEqualTo(signature(new IllegalStateException("can't reach ledger")));
	}

	@Test
	void nullPointerExceptionsKeepTheirHelpfulMessage() {
		assertThat(signature(npe(() -> ((String) nothing()).length())))
			.isEqualTo(signature(npe(() -> ((String) nothing()).length())))
			.isNotEqualTo(signature(npe(() -> ((Object) nothing()).hashCode())));
	}

	@Test
	void isBoundedWhateverTheMessageOrRoute() {
		String huge = "x".repeat(1_000_000);
		String signature = FailureSignature.of(new IllegalStateException(huge, new IllegalStateException(huge)), huge);
		assertThat(signature.length()).isLessThan(1024);
	}

	@Test
	void survivesNullAndThrowingMessagesAndCauseCycles() {
		RuntimeException brokenMessage = new RuntimeException() {
			@Override
			public String getMessage() {
				throw new IllegalStateException("no message today");
			}
		};
		assertThat(FailureSignature.of(brokenMessage, null)).contains(brokenMessage.getClass().getName());
		assertThat(signature(new NullPointerException())).isEqualTo(signature(new NullPointerException()));
		IllegalStateException a = new IllegalStateException("a");
		IllegalStateException b = new IllegalStateException("b", a);
		a.initCause(b);
		assertThat(FailureSignature.of(a, null).length()).isLessThan(1024);
	}

	private static Object nothing() {
		return null;
	}

	private static NullPointerException npe(Runnable code) {
		try {
			code.run();
		}
		catch (NullPointerException ex) {
			return ex;
		}
		throw new AssertionError("no NullPointerException");
	}

	private static String signature(Throwable failure) {
		return FailureSignature.of(failure, "/orders/{id}");
	}

}
