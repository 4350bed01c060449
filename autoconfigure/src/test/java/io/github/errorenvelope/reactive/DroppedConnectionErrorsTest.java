package io.github.errorenvelope.reactive;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error Reactor drops after its subscriber has finished: a connection's I/O failure is
 * the client going away (no {@code ERROR}, no trace), anything else stays an
 * {@code ERROR}, and Reactor finds the hook in the exchange's context.
 */
@ExtendWith(OutputCaptureExtension.class)
class DroppedConnectionErrorsTest {

	@Test
	void aDroppedIoFailureIsNotAnError(CapturedOutput output) {
		DroppedConnectionErrors.INSTANCE.accept(new IOException("Connection reset by peer"));
		assertThat(output).doesNotContain("ERROR").doesNotContain("\tat ");
	}

	@Test
	void anyOtherDroppedErrorStaysAnError(CapturedOutput output) {
		DroppedConnectionErrors.INSTANCE.accept(new IllegalStateException("a real bug"));
		assertThat(output).contains("ERROR", "onErrorDropped", "IllegalStateException: a real bug");
	}

	@Test
	void reactorUsesTheHookFromTheExchangeContext(CapturedOutput output) {
		Operators.onErrorDropped(new IOException("Connection reset by peer"),
				DroppedConnectionErrors.context("request-id", "dropped-1"));
		assertThat(output).doesNotContain("ERROR").doesNotContain("\tat ");
	}

	@Test
	void withoutTheHookReactorLogsTheResetAsAnError(CapturedOutput output) {
		Operators.onErrorDropped(new IOException("Connection reset by peer"), Context.of("request-id", "dropped-2"));
		assertThat(output).contains("ERROR", "onErrorDropped");
	}

}
