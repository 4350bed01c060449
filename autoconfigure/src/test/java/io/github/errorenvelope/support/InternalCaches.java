package io.github.errorenvelope.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.errorenvelope.util.BoundedCache;

/**
 * Finds the starter's internal caches — every concurrent map or set held by one of its
 * objects, the caches held by a cached object of its own included — so tests can assert
 * their sizes stay bounded. The caches are private by design; reading them reflectively
 * keeps test-only accessors out of the library and finds a cache added later without
 * touching the test.
 */
public final class InternalCaches {

	private static final String OWN_PACKAGE = "io.github.errorenvelope.";

	private InternalCaches() {
	}

	/**
	 * The size of every cache reachable from the roots through the starter's own objects.
	 * @param roots objects (such as the starter's beans) or classes (for static caches)
	 * to start from
	 * @return sizes keyed {@code Owner.field}; a cache held by several instances sums
	 * their sizes
	 */
	public static Map<String, Integer> sizes(Collection<?> roots) {
		Map<String, Integer> sizes = new TreeMap<>();
		Set<Object> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (Object root : roots) {
			if (root instanceof Class<?> type) {
				walkFields(type, null, sizes, visited);
			}
			else {
				walk(root, sizes, visited);
			}
		}
		return sizes;
	}

	private static void walk(Object owner, Map<String, Integer> sizes, Set<Object> visited) {
		if (owner == null || !visited.add(owner)) {
			return;
		}
		if (owner instanceof Collection<?> elements && !isCache(owner)) {
			elements.forEach(element -> walk(element, sizes, visited));
			return;
		}
		if (!owner.getClass().getName().startsWith(OWN_PACKAGE)) {
			return;
		}
		for (Class<?> type = owner.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			walkFields(type, owner, sizes, visited);
		}
	}

	private static void walkFields(Class<?> type, Object owner, Map<String, Integer> sizes, Set<Object> visited) {
		for (Field field : type.getDeclaredFields()) {
			boolean isStatic = Modifier.isStatic(field.getModifiers());
			if (field.getType().isPrimitive() || (owner == null && !isStatic)) {
				continue;
			}
			Object value = read(field, isStatic ? null : owner);
			String key = type.getSimpleName() + "." + field.getName();
			if (isCache(value) && isStatic) {
				sizes.put(key, size(value));
				values(value).forEach(element -> walk(element, sizes, visited));
			}
			else if (isCache(value)) {
				sizes.merge(key, size(value), Integer::sum);
				values(value).forEach(element -> walk(element, sizes, visited));
			}
			else if (!isStatic || owner == null) {
				walk(value, sizes, visited);
			}
		}
	}

	private static Object read(Field field, Object owner) {
		try {
			field.setAccessible(true);
			return field.get(owner);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static boolean isCache(Object value) {
		return value instanceof BoundedCache<?, ?> || value instanceof ConcurrentMap<?, ?>
				|| value instanceof ConcurrentHashMap.KeySetView<?, ?>;
	}

	/**
	 * The values a cache holds, so a cache of the starter's own objects that hold caches
	 * of their own (one per type, say) is walked into.
	 */
	private static Collection<?> values(Object cache) {
		Object entries = cache;
		if (cache instanceof BoundedCache<?, ?>) {
			try {
				Field field = BoundedCache.class.getDeclaredField("entries");
				field.setAccessible(true);
				entries = field.get(cache);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return (entries instanceof Map<?, ?> map) ? map.values() : java.util.List.of();
	}

	private static int size(Object cache) {
		if (cache instanceof BoundedCache<?, ?> bounded) {
			return bounded.size();
		}
		return (cache instanceof Map<?, ?> map) ? map.size() : ((Collection<?>) cache).size();
	}

}
