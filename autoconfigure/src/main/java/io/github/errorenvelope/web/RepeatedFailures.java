package io.github.errorenvelope.web;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers recent server failures by signature (exception class and throw site), so a storm of the
 * same failure logs its stack trace once per window and one short line per repeat. Thread-safe, with
 * a capped table: when it is full, expired signatures are dropped first and, if none are, the table
 * starts over — memory stays bounded whatever the failure mix.
 */
public class RepeatedFailures {

	private final long windowNanos;

	private final int capacity;

	private final Map<String, Occurrence> recent = new ConcurrentHashMap<>();

	/**
	 * What is known of a signature's current window.
	 * @param firstRequestId the request id of the first occurrence in the window
	 * @param firstNanos when it happened ({@link System#nanoTime()})
	 * @param count how many times it happened in the window, the first included
	 */
	public record Occurrence(String firstRequestId, long firstNanos, AtomicLong count) {
	}

	/**
	 * Create the table.
	 * @param window how long a stack trace covers its repeats; zero or negative disables
	 * de-duplication (every failure logs its trace)
	 * @param capacity the most signatures remembered
	 */
	public RepeatedFailures(Duration window, int capacity) {
		this.windowNanos = (window != null) ? window.toNanos() : 0;
		this.capacity = capacity;
	}

	/**
	 * Record a failure.
	 * @param failure the exception
	 * @param requestId its request id
	 * @return {@code null} when this is the first occurrence in its window (log the trace), else the
	 * window's occurrence with its updated count (log one line)
	 */
	public Occurrence record(Throwable failure, String requestId) {
		if (this.windowNanos <= 0) {
			return null;
		}
		long now = System.nanoTime();
		String signature = signature(failure);
		if (!this.recent.containsKey(signature)) {
			makeRoom(now);
		}
		boolean[] first = new boolean[1];
		Occurrence occurrence = this.recent.compute(signature, (key, current) -> {
			if (current == null || now - current.firstNanos() > this.windowNanos) {
				first[0] = true;
				return new Occurrence(requestId, now, new AtomicLong(1));
			}
			current.count().incrementAndGet();
			return current;
		});
		return first[0] ? null : occurrence;
	}

	private void makeRoom(long now) {
		if (this.recent.size() < this.capacity) {
			return;
		}
		for (Iterator<Occurrence> it = this.recent.values().iterator(); it.hasNext();) {
			if (now - it.next().firstNanos() > this.windowNanos) {
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

	/**
	 * A failure's signature: its class and the first frame of its stack (where it was thrown).
	 * @param failure the exception
	 * @return the signature
	 */
	static String signature(Throwable failure) {
		StackTraceElement[] trace = failure.getStackTrace();
		String site = (trace.length > 0) ? trace[0].toString() : "?";
		return failure.getClass().getName() + "@" + site;
	}

}
