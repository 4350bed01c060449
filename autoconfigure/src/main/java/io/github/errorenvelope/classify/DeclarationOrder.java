package io.github.errorenvelope.classify;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.errorenvelope.PropertyPath;
import io.github.errorenvelope.util.BoundedCache;
import io.github.errorenvelope.util.TypePathCache;

import org.jspecify.annotations.Nullable;

/**
 * Orders violations of a request body the way a client writes it: properties in
 * declaration order, list elements by index. Bean Validation reports violations in no
 * particular order; this makes responses stable and readable.
 */
public final class DeclarationOrder {

	private static final BoundedCache<Class<?>, List<Field>> FIELDS = new BoundedCache<>(4096);

	/**
	 * The key of each path without brackets, by body type: such paths name properties
	 * only, so a body type has a bounded number of them, and an error repeated for the
	 * same fields is keyed without parsing or reflection. Paths with list indexes or map
	 * keys are keyed afresh each time: they are as many as the client makes them.
	 */
	private static final TypePathCache<int[]> KEYS = new TypePathCache<>(1024, 256, DeclarationOrder::parseKey);

	/** Orders keys step by step, a shorter path before its own continuations. */
	static final Comparator<int[]> KEY_ORDER = DeclarationOrder::compare;

	private DeclarationOrder() {
	}

	/**
	 * Sort items by the declaration order of their paths, computing each path's position
	 * once (a body with thousands of invalid list items must not parse paths on every
	 * comparison).
	 * @param <T> the item type
	 * @param items the items, sorted in place
	 * @param rootType the body type
	 * @param path the path of an item
	 */
	public static <T> void sort(List<T> items, @Nullable Class<?> rootType, Function<T, String> path) {
		if (items.size() < 2) {
			return;
		}
		List<Map.Entry<int[], T>> keyed = new ArrayList<>(items.size());
		for (T item : items) {
			keyed.add(Map.entry(key(rootType, path.apply(item)), item));
		}
		keyed.sort(Map.Entry.comparingByKey(KEY_ORDER));
		for (int i = 0; i < keyed.size(); i++) {
			items.set(i, keyed.get(i).getValue());
		}
	}

	private static int compare(int[] left, int[] right) {
		int shared = Math.min(left.length, right.length);
		for (int i = 0; i < shared; i++) {
			int byStep = Integer.compare(left[i], right[i]);
			if (byStep != 0) {
				return byStep;
			}
		}
		return Integer.compare(left.length, right.length);
	}

	/**
	 * The position of a path in its body's declaration order, to be compared with
	 * {@link #KEY_ORDER}: one entry per step, the property's index among its class's
	 * fields or the list index. The array is shared: read it, never change it.
	 * @param rootType the body type, may be {@code null}
	 * @param path the Java property path
	 * @return the key
	 */
	static int[] key(@Nullable Class<?> rootType, String path) {
		if (rootType == null || path.indexOf('[') >= 0) {
			return parseKey(rootType, path);
		}
		return KEYS.get(rootType, path);
	}

	private static int[] parseKey(@Nullable Class<?> rootType, String path) {
		List<PropertyPath.Step> steps = PropertyPath.parse(path);
		int[] key = new int[steps.size()];
		Type current = rootType;
		for (int i = 0; i < steps.size(); i++) {
			PropertyPath.Step step = steps.get(i);
			if (step.isName()) {
				Field field = findField(rawClass(current), step.name());
				key[i] = (field != null) ? fields(rawClass(current)).indexOf(field) : Integer.MAX_VALUE;
				current = (field != null) ? field.getGenericType() : null;
			}
			else {
				int index = step.index();
				key[i] = (index >= 0) ? index : Integer.MAX_VALUE;
				current = elementType(current);
			}
		}
		return key;
	}

	private static @Nullable Field findField(@Nullable Class<?> type, String name) {
		if (type == null) {
			return null;
		}
		for (Field field : fields(type)) {
			if (field.getName().equals(name)) {
				return field;
			}
		}
		return null;
	}

	private static List<Field> fields(Class<?> type) {
		return FIELDS.get(type, (key) -> {
			List<Field> fields = new ArrayList<>();
			collect(key, fields);
			return fields;
		});
	}

	private static void collect(@Nullable Class<?> type, List<Field> into) {
		if (type == null || type == Object.class || type.isInterface() || type.getName().startsWith("java.")) {
			return;
		}
		collect(type.getSuperclass(), into);
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
				into.add(field);
			}
		}
	}

	static @Nullable Class<?> rawClass(@Nullable Type type) {
		if (type instanceof Class<?> cls) {
			return cls;
		}
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> cls) {
			return cls;
		}
		return null;
	}

	private static @Nullable Type elementType(@Nullable Type type) {
		Class<?> raw = rawClass(type);
		if (raw == null) {
			return null;
		}
		if (raw.isArray()) {
			return raw.getComponentType();
		}
		if (type instanceof ParameterizedType parameterized) {
			Type[] arguments = parameterized.getActualTypeArguments();
			if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
				return arguments[0];
			}
			if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
				return arguments[1];
			}
		}
		return null;
	}

}
