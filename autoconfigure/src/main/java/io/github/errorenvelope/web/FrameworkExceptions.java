package io.github.errorenvelope.web;

import java.util.ArrayList;
import java.util.List;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.util.BoundedCache;
import io.github.errorenvelope.classify.ExceptionMappings;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;

/**
 * The exceptions the envelope answers ahead of an application's catch-all handlers when
 * {@code error-envelope.precedence=envelope-first}: Spring MVC's (its
 * {@code ErrorResponse} contract, message conversion, binding, type conversion, method
 * validation, multipart), Bean Validation's, Spring Security's, and the exceptions the
 * starter is told about ({@code @ErrorCode} or {@code error-envelope.exceptions.*}).
 */
public final class FrameworkExceptions {

	/**
	 * Families whose library may be absent; looked up by name so their absence costs
	 * nothing.
	 */
	private static final String[] OPTIONAL_FAMILIES = { "jakarta.validation.ValidationException",
			"org.springframework.security.access.AccessDeniedException",
			"org.springframework.security.core.AuthenticationException",
			"org.apache.tomcat.util.http.InvalidParameterException" };

	private final List<Class<?>> families = new ArrayList<>(
			List.of(ErrorResponse.class, HttpMessageConversionException.class, TypeMismatchException.class,
					BindException.class, MethodValidationException.class, MultipartException.class));

	private final ExceptionMappings mappings;

	private final BoundedCache<Class<?>, Boolean> decisions = new BoundedCache<>();

	/**
	 * Create the set.
	 * @param mappings the exceptions mapped by properties
	 * @param classLoader the class loader the optional families are looked up with
	 */
	public FrameworkExceptions(ExceptionMappings mappings, @Nullable ClassLoader classLoader) {
		this.mappings = mappings;
		for (String name : OPTIONAL_FAMILIES) {
			if (ClassUtils.isPresent(name, classLoader)) {
				this.families.add(ClassUtils.resolveClassName(name, classLoader));
			}
		}
	}

	/**
	 * Whether the envelope should answer this exception type first.
	 * @param type the exception's class
	 * @return {@code true} for framework and starter-coded exceptions
	 */
	public boolean contains(Class<?> type) {
		return this.decisions.get(type, this::decide);
	}

	private boolean decide(Class<?> type) {
		for (Class<?> family : this.families) {
			if (family.isAssignableFrom(type)) {
				return true;
			}
		}
		return AnnotatedElementUtils.hasAnnotation(type, ErrorCode.class) || this.mappings.find(type) != null;
	}

}
