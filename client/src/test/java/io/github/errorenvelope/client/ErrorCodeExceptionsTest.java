package io.github.errorenvelope.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The application's exception classes created from an envelope. */
class ErrorCodeExceptionsTest {

	private final RuntimeException typed = new IllegalStateException("typed");

	private static ErrorEnvelope envelope(String code) {
		return ErrorEnvelope.builder(409)
			.style("flat")
			.code(code)
			.message("Order 2 has already shipped and can no longer be cancelled.")
			.detail("order_id", "2")
			.detail("retry_after", 30)
			.build();
	}

	@Test
	void constructorParametersAreFilledFromDetailsByName() {
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions().register(ShippedException.class);
		RuntimeException thrown = exceptions.resolve(envelope("order_already_shipped"), this.typed);
		assertThat(thrown).isInstanceOf(ShippedException.class)
			.hasMessage("Order 2 has already shipped and can no longer be cancelled.")
			.hasCause(this.typed);
		assertThat(((ShippedException) thrown).getOrderId()).isEqualTo("2");
	}

	@Test
	void messageCauseEnvelopeAndConvertedDetails() {
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions().register("SLOW_DOWN", SlowDown.class);
		SlowDown thrown = (SlowDown) exceptions.resolve(envelope("slow-down"), this.typed);
		assertThat(thrown).hasMessage("Order 2 has already shipped and can no longer be cancelled.")
			.hasCause(this.typed);
		assertThat(thrown.retryAfter).isEqualTo(30L);
		assertThat(thrown.envelope.getCode()).isEqualTo("slow-down");
	}

	@Test
	void aClassWithoutAFillableConstructorLeavesTheTypedException() {
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions().register("ORDER_NOT_FOUND", ById.class);
		assertThat(exceptions.resolve(envelope("ORDER_NOT_FOUND"), this.typed)).isSameAs(this.typed);
	}

	@Test
	void factoriesAndUnknownCodes() {
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions().register("ORDER_NOT_FOUND",
				(envelope) -> new ById("from " + envelope.getStatus()));
		assertThat(exceptions.resolve(envelope("order-not-found"), this.typed)).isInstanceOf(ById.class)
			.hasMessage("Order from 409 does not exist.");
		assertThat(exceptions.resolve(envelope("SOMETHING_ELSE"), this.typed)).isSameAs(this.typed);
		assertThat(exceptions.resolve(ErrorEnvelope.builder(502).build(), this.typed)).isSameAs(this.typed);
	}

	@Test
	void packagePrivateClassesWithAPublicConstructor() {
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions().register("HIDDEN", Hidden.class);
		assertThat(exceptions.resolve(envelope("hidden"), this.typed)).isInstanceOf(Hidden.class).hasCause(this.typed);
	}

	@Test
	void annotationIsReadByName() {
		assertThat(ErrorCodeExceptions.errorCodeOf(ShippedException.class)).contains("ORDER_ALREADY_SHIPPED");
		assertThat(ErrorCodeExceptions.errorCodeOf(SubclassOfShipped.class)).contains("ORDER_ALREADY_SHIPPED");
		assertThatIllegalArgumentException().isThrownBy(() -> new ErrorCodeExceptions().register(ById.class))
			.withMessageContaining("ErrorCode");
	}

	/** Takes the message, a detail, the envelope and the cause. */
	public static class SlowDown extends RuntimeException {

		final long retryAfter;

		final ErrorEnvelope envelope;

		public SlowDown(String message, long retryAfter, ErrorEnvelope envelope, Throwable cause) {
			super(message, cause);
			this.retryAfter = retryAfter;
			this.envelope = envelope;
		}

	}

	/** Its only parameter names no detail. */
	public static class ById extends RuntimeException {

		public ById(String id) {
			super("Order " + id + " does not exist.");
		}

	}

	/** Not public, with a public constructor. */
	static class Hidden extends RuntimeException {

		public Hidden() {
			super("hidden");
		}

	}

	/** Inherits its code. */
	public static class SubclassOfShipped extends ShippedException {

		public SubclassOfShipped(String orderId) {
			super(orderId);
		}

	}

}
