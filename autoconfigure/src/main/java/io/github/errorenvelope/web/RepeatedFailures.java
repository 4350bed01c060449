package io.github.errorenvelope.web;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Remembers recent server failures by signature (exception class, route, message template
 * and causes; see {@link FailureSignature}), so a storm of the same failure logs its
 * stack trace once per window and one short line per repeat. Thread-safe, with a capped
 * table: when it is full, expired signatures are dropped first and, if none are, the
 * table starts over — memory stays bounded whatever the failure mix.
 */
public final class RepeatedFailures {

	private final long windowNanos;

	private final int capacity;

	private final LongSupplier clock;

	private final Map<String, Window> recent = new ConcurrentHashMap<>();

	/**
	 * A repeat of a failure whose stack trace was already logged in the current window.
	 *
	 * @param firstRequestId the request id of the occurrence whose stack trace was logged
	 * @param count how many times the failure happened in the window, this one and the
	 * first included
	 */
	public record Repeat(@Nullable String firstRequestId, long count) {
	}

	/**
	 * One signature's current window: who logged the trace, when, and how often it
	 * happened since.
	 */
	private record Window(@Nullable String firstRequestId, long startNanos, AtomicLong count) {
	}

	/**
	 * Create the table.
	 * @param window how long a stack trace covers its repeats; zero or negative disables
	 * de-duplication (every failure logs its trace)
	 * @param capacity the most signatures remembered
	 */
	public RepeatedFailures(Duration window, int capacity) {
		this(window, capacity, System::nanoTime);
	}

	RepeatedFailures(Duration window, int capacity, LongSupplier clock) {
		this.windowNanos = (window != null) ? window.toNanos() : 0;
		this.capacity = Math.max(1, capacity);
		this.clock = clock;
	}

	/**
	 * Record a failure.
	 * @param failure the exception
	 * @param route the route template that failed (such as {@code /orders/{id}}), may be
	 * {@code null}
	 * @param requestId its request id
	 * @return {@code null} when this is the first occurrence in its window (log the
	 * trace), else the repeat with its count (log one line)
	 */
	public @Nullable Repeat record(Throwable failure, @Nullable String route, @Nullable String requestId) {
		if (this.windowNanos <= 0) {
			return null;
		}
		long now = this.clock.getAsLong();
		String signature = FailureSignature.of(failure, route);
		Window current = this.recent.get(signature);
		if (current != null && isOpen(current, now)) {
			// the storm case: no lock, one atomic increment
			return new Repeat(current.firstRequestId(), current.count().incrementAndGet());
		}
		if (current == null) {
			makeRoom(now);
		}
		Window[] opened = new Window[1];
		Window window = this.recent.compute(signature, (key, existing) -> {
			if (existing == null || !isOpen(existing, now)) {
				opened[0] = new Window(requestId, now, new AtomicLong(1));
				return opened[0];
			}
			return existing;
		});
		if (window == opened[0]) {
			return null;
		}
		return new Repeat(window.firstRequestId(), window.count().incrementAndGet());
	}

	private boolean isOpen(Window window, long now) {
		return now - window.startNanos() <= this.windowNanos;
	}

	private void makeRoom(long now) {
		if (this.recent.size() < this.capacity) {
			return;
		}
		for (Iterator<Window> it = this.recent.values().iterator(); it.hasNext();) {
			if (!isOpen(it.next(), now)) {
				it.remove();
			}
		}
		if (this.recent.size() >= this.capacity) {
			this.recent.clear();
		}
	}

	/** How many signatures are remembered (for tests and diagnostics). */
	public int size() {
		return this.recent.size();
	}

}
