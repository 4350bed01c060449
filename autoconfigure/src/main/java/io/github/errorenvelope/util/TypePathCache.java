package io.github.errorenvelope.util;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A bounded cache of what is computed from a body type and a property path within it: the
 * types and, per type, the paths are bounded apart, so a client sending ever new paths
 * fills one type's share at most. Meant for paths without list indexes or map keys, which
 * a body type has a bounded number of.
 *
 * @param <V> the computed value
 */
public final class TypePathCache<V> {

	private final BoundedCache<Class<?>, Paths<V>> types;

	private final Function<Class<?>, Paths<V>> newPaths;

	/**
	 * Create a cache.
	 * @param maxTypes the most types it keeps paths for
	 * @param maxPathsPerType the most paths it keeps per type
	 * @param compute computes the value of a path in a type (never {@code null}); may run
	 * more than once for a path
	 */
	public TypePathCache(int maxTypes, int maxPathsPerType, BiFunction<Class<?>, String, ? extends V> compute) {
		this.types = new BoundedCache<>(maxTypes);
		this.newPaths = (type) -> new Paths<>(type, maxPathsPerType, compute);
	}

	/**
	 * The value of a path in a type, computed once while the cache has room.
	 * @param type the body type
	 * @param path the property path
	 * @return the value
	 */
	public V get(Class<?> type, String path) {
		Paths<V> paths = this.types.get(type, this.newPaths);
		return paths.values.get(path, paths);
	}

	/** The paths of one type, and how their values are computed. */
	private static final class Paths<V> implements Function<String, V> {

		private final Class<?> type;

		private final BiFunction<Class<?>, String, ? extends V> compute;

		private final BoundedCache<String, V> values;

		Paths(Class<?> type, int maxPaths, BiFunction<Class<?>, String, ? extends V> compute) {
			this.type = type;
			this.compute = compute;
			this.values = new BoundedCache<>(maxPaths);
		}

		@Override
		public V apply(String path) {
			return this.compute.apply(this.type, path);
		}

	}

}
