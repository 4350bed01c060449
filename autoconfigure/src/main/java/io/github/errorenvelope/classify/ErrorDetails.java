package io.github.errorenvelope.classify;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorDetail;
import io.github.errorenvelope.util.BoundedCache;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link ErrorDetail @ErrorDetail} fields and getters of an exception into an
 * error's details and headers. The annotated members of each exception class are found
 * once and cached.
 */
public final class ErrorDetails {

	private static final int MAX_CACHED = 2048;

	private final BoundedCache<Class<?>, List<Accessor>> accessors = new BoundedCache<>(MAX_CACHED);

	private static final Object[] NO_ARGUMENTS = {};

	/**
	 * An annotated member with its annotation's values read once: an annotation's
	 * attributes are proxy calls.
	 */
	private record Accessor(String name, String header, AccessibleObject member) {

		Accessor(ErrorDetail annotation, AccessibleObject member) {
			this(annotation.value(), annotation.header(), member);
		}

		Object read(Object target) throws ReflectiveOperationException {
			return (this.member instanceof Field field) ? field.get(target)
					: ((Method) this.member).invoke(target, NO_ARGUMENTS);
		}

	}

	/**
	 * Add the annotated values of an exception to an error.
	 * @param exception the exception
	 * @param error the error being built
	 * @return the values in declaration order (the arguments of a translated message)
	 */
	public List<Object> apply(Throwable exception, ApiError.Builder error) {
		List<Accessor> found = accessorsOf(exception.getClass());
		if (found.isEmpty()) {
			return List.of();
		}
		if (found.size() == 1) {
			// the usual single detail: its value alone, without a list's array
			return Collections.singletonList(read(found.get(0), exception, error));
		}
		List<Object> values = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			values.add(read(found.get(i), exception, error));
		}
		return values;
	}

	/** Read one member into the error, and return its value as read. */
	private static @Nullable Object read(Accessor accessor, Throwable exception, ApiError.Builder error) {
		Object value = readSafely(accessor, exception);
		if (value != null) {
			Object rendered = simplify(value);
			error.detail(accessor.name(), rendered);
			if (!accessor.header().isEmpty()) {
				error.header(accessor.header(), String.valueOf(rendered));
			}
		}
		return value;
	}

	private static @Nullable Object readSafely(Accessor accessor, Throwable exception) {
		try {
			return accessor.read(exception);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// a broken getter must not break the error response
			return null;
		}
	}

	private static Object simplify(Object value) {
		if (value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof java.time.Duration duration) {
			return duration.toSeconds();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(ErrorDetails::simplify).toList();
		}
		return String.valueOf(value);
	}

	private List<Accessor> accessorsOf(Class<?> type) {
		return this.accessors.get(type, (key) -> {
			List<Accessor> found = new ArrayList<>();
			collect(key, found);
			return List.copyOf(found);
		});
	}

	private static void collect(Class<?> type, List<Accessor> into) {
		if (type == null || type == Throwable.class || type == Object.class) {
			return;
		}
		collect(type.getSuperclass(), into);
		for (Field field : type.getDeclaredFields()) {
			addIfAnnotated(field, field, into);
		}
		for (Method method : type.getDeclaredMethods()) {
			if (method.getParameterCount() == 0 && method.getReturnType() != void.class && !method.isBridge()) {
				addIfAnnotated(method, method, into);
			}
		}
	}

	private static void addIfAnnotated(AccessibleObject member, Member info, List<Accessor> into) {
		ErrorDetail annotation = member.getAnnotation(ErrorDetail.class);
		if (annotation == null || Modifier.isStatic(info.getModifiers())) {
			return;
		}
		try {
			member.setAccessible(true);
		}
		catch (RuntimeException ex) {
			return;
		}
		into.add(new Accessor(annotation, member));
	}

}
