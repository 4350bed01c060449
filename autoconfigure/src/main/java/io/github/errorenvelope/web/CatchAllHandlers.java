package io.github.errorenvelope.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What counts as an application's catch-all exception handling — the handlers that answer
 * framework errors before the envelope does: an {@code @ExceptionHandler} method that
 * matches an exception only through {@code Exception}, {@code RuntimeException} or
 * {@code Throwable}, and {@link ResponseEntityExceptionHandler}'s built-in handling of
 * Spring MVC's exceptions (which is also what {@code spring.mvc.problemdetails.enabled}
 * registers).
 */
public final class CatchAllHandlers {

	/** Exception types too general to say anything about the exceptions they catch. */
	private static final Set<Class<?>> GENERIC_TYPES = Set.of(Throwable.class, Exception.class, RuntimeException.class);

	private CatchAllHandlers() {
	}

	/**
	 * Whether an exception type is one a catch-all is declared for.
	 * @param type the declared exception type
	 * @return {@code true} for {@code Exception}, {@code RuntimeException},
	 * {@code Throwable}
	 */
	public static boolean isGeneric(Class<?> type) {
		return GENERIC_TYPES.contains(type);
	}

	/**
	 * Whether a handler method, chosen for an exception, took it only as a catch-all: it
	 * is {@code ResponseEntityExceptionHandler}'s own, or none of its declared types that
	 * the exception is an instance of is more specific than {@code Exception}.
	 * @param method the {@code @ExceptionHandler} method Spring chose
	 * @param declaredTypes the exception types the method is declared for
	 * @param exceptionType the exception's class
	 * @return {@code true} when the method is a catch-all for this exception
	 */
	public static boolean catchesOnlyGenerically(Method method, Iterable<? extends Class<?>> declaredTypes,
			Class<?> exceptionType) {
		if (method.getDeclaringClass() == ResponseEntityExceptionHandler.class) {
			return true;
		}
		for (Class<?> declared : declaredTypes) {
			if (declared.isAssignableFrom(exceptionType) && !isGeneric(declared)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The exception types an {@code @ExceptionHandler} method is declared for, as Spring
	 * reads them: the annotation's value, else the method's exception parameters.
	 * @param method an {@code @ExceptionHandler} method
	 * @return the declared types
	 */
	public static List<Class<?>> declaredTypes(Method method) {
		ExceptionHandler annotation = AnnotatedElementUtils.findMergedAnnotation(method, ExceptionHandler.class);
		if (annotation != null && annotation.exception().length > 0) {
			return Arrays.asList(annotation.exception());
		}
		List<Class<?>> types = new ArrayList<>();
		for (Class<?> parameter : method.getParameterTypes()) {
			if (Throwable.class.isAssignableFrom(parameter)) {
				types.add(parameter);
			}
		}
		return types;
	}

}
