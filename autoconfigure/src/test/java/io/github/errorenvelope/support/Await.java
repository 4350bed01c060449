package io.github.errorenvelope.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting in tests for what a server does after it has answered (or after its client went
 * away).
 */
public final class Await {

	private Await() {
	}

	/** Wait until a condition holds, for ten seconds at most, and fail if it does not. */
	public static void until(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			pause(50);
		}
		assertThat(condition.getAsBoolean()).as("reached within 10 s").isTrue();
	}

	/** Sleep, keeping the thread's interrupt. */
	public static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
