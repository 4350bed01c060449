package io.github.errorenvelope.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo with a size limit: what was computed is remembered until the limit
 * is reached, then computed again on each call. Keys are classes, codes or types an
 * application has a bounded number of; the limit keeps a caller who sends endless
 * distinct values from growing the heap.
 *
 * @param <K> the key type
 * @param <V> the value type (never {@code null})
 */
public final class BoundedCache<K, V> {

	/** The limit the starter's caches use unless they have a reason for another. */
	public static final int DEFAULT_CAPACITY = 4096;

	private final Map<K, V> entries = new ConcurrentHashMap<>();

	private final int capacity;

	/** Create a cache with the {@linkplain #DEFAULT_CAPACITY default capacity}. */
	public BoundedCache() {
		this(DEFAULT_CAPACITY);
	}

	/**
	 * Create a cache.
	 * @param capacity the most entries it keeps
	 */
	public BoundedCache(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * The value for a key, computed once while the cache has room.
	 * @param key the key
	 * @param compute computes the value (never {@code null}); may run more than once for
	 * a key
	 * @return the value
	 */
	public V get(K key, Function<? super K, ? extends V> compute) {
		V cached = this.entries.get(key);
		if (cached != null) {
			return cached;
		}
		V value = compute.apply(key);
		if (this.entries.size() < this.capacity) {
			this.entries.putIfAbsent(key, value);
		}
		return value;
	}

	/** How many entries are kept. */
	public int size() {
		return this.entries.size();
	}

}
