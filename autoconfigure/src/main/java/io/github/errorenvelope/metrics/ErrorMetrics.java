package io.github.errorenvelope.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.web.ErrorObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;

/**
 * Counts error responses in Micrometer as {@value #METER}, tagged {@code status},
 * {@code code} and {@code type}. Tag values are bounded: after {@value #MAX_VALUES}
 * distinct codes (or types), further ones are counted under {@code OTHER}, so unexpected
 * codes cannot explode cardinality.
 */
public final class ErrorMetrics implements ErrorObserver {

	/** The counter's name. */
	public static final String METER = "error.envelope.responses";

	/** The most distinct values of the code and type tags. */
	public static final int MAX_VALUES = 100;

	private static final String OTHER = "OTHER";

	private static final int MAX_CACHED_COUNTERS = 1024;

	private final MeterRegistry registry;

	private final Set<String> codes = ConcurrentHashMap.newKeySet();

	private final Set<String> types = ConcurrentHashMap.newKeySet();

	/**
	 * The counters already registered: building and registering one (tags, meter id, the
	 * registry's lookup) cost more than the rest of an error's bookkeeping.
	 */
	private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

	/**
	 * Create the recorder.
	 * @param registry the registry the counter is registered in
	 */
	public ErrorMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onError(ApiError error, @Nullable Throwable exception) {
		CounterKey key = new CounterKey(error.getStatus(), bounded(this.codes, error.getCode()),
				bounded(this.types, error.getType()));
		Counter counter = this.counters.get(key);
		if (counter == null) {
			counter = register(key);
			if (this.counters.size() < MAX_CACHED_COUNTERS) {
				this.counters.put(key, counter);
			}
		}
		counter.increment();
	}

	private Counter register(CounterKey key) {
		return Counter.builder(METER)
			.description("Error responses written by Error Envelope")
			.tag("status", Integer.toString(key.status()))
			.tag("code", key.code())
			.tag("type", key.type())
			.register(this.registry);
	}

	private static String bounded(Set<String> seen, @Nullable String value) {
		if (value == null) {
			return "none";
		}
		if (seen.contains(value)) {
			return value;
		}
		if (seen.size() >= MAX_VALUES) {
			return OTHER;
		}
		seen.add(value);
		return value;
	}

	private record CounterKey(int status, String code, String type) {
	}

}
