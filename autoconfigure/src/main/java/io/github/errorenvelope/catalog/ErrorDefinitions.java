package io.github.errorenvelope.catalog;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;
import io.github.errorenvelope.classify.ClassifierOptions;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.classify.StatusDefaults;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Describes errors without a request, with the same precedence the classifier applies at
 * run time: {@code error-envelope.exceptions.*} properties, then {@code @ErrorCode}, then
 * {@code @ResponseStatus}; types from {@code error-envelope.types.*} or the status.
 */
public class ErrorDefinitions {

	private final ClassifierOptions options;

	private final Map<String, String> exceptionProperties;

	/**
	 * Create the definitions.
	 * @param options the classifier's settings (types, exception mappings, exposed
	 * messages)
	 * @param exceptionProperties the raw {@code error-envelope.exceptions.*} properties,
	 * to list the mapped classes
	 */
	public ErrorDefinitions(ClassifierOptions options, Map<String, String> exceptionProperties) {
		this.options = options;
		this.exceptionProperties = Map.copyOf(exceptionProperties);
	}

	/** The built-in codes, with the application's type overrides applied. */
	public List<ErrorDefinition> builtIns() {
		return BuiltInErrors.all().stream().map(this::withConfiguredType).toList();
	}

	/**
	 * A built-in code, with the application's type override applied.
	 * @param code the canonical code
	 * @return the definition
	 */
	public ErrorDefinition builtIn(String code) {
		return withConfiguredType(BuiltInErrors.get(code));
	}

	private ErrorDefinition withConfiguredType(ErrorDefinition definition) {
		String configured = this.options.types().get(definition.status());
		if (configured == null || definition.violations()) {
			return definition;
		}
		return new ErrorDefinition(definition.code(), definition.status(), configured, definition.message(), false,
				definition.details(), definition.source());
	}

	/**
	 * The definition of an exception class, when it has a code of its own
	 * ({@code @ErrorCode} or a code property).
	 * @param exceptionType the exception class
	 * @return the definition, or {@code null} when the class has no code of its own
	 */
	public @Nullable ErrorDefinition of(Class<?> exceptionType) {
		ErrorCode annotation = AnnotatedElementUtils.findMergedAnnotation(exceptionType, ErrorCode.class);
		ExceptionMappings.Mapping mapping = this.options.exceptionMappings().find(exceptionType);
		String code = (mapping != null && hasText(mapping.code())) ? mapping.code()
				: (annotation != null) ? annotation.value() : null;
		if (!hasText(code)) {
			return null;
		}
		int status = statusOf(exceptionType, annotation, mapping);
		String type = (mapping != null && hasText(mapping.type())) ? mapping.type()
				: (annotation != null && hasText(annotation.type())) ? annotation.type() : typeOf(status);
		String message = (mapping != null && hasText(mapping.message())) ? mapping.message()
				: (status >= 500 && !this.options.exposeInternalMessages()) ? StatusDefaults.INTERNAL_MESSAGE : null;
		String source = (mapping != null && hasText(mapping.code()) || annotation == null)
				? "error-envelope.exceptions." + exceptionType.getName() : exceptionType.getName();
		return new ErrorDefinition(code, status, type, message, false, detailsOf(exceptionType), source);
	}

	/**
	 * The definitions of the exception classes mapped by
	 * {@code error-envelope.exceptions.*} properties; classes that are not on the
	 * classpath are left out.
	 * @param classLoader the class loader to load them with
	 * @return the definitions
	 */
	public List<ErrorDefinition> mapped(ClassLoader classLoader) {
		Set<String> classNames = new LinkedHashSet<>();
		for (String key : this.exceptionProperties.keySet()) {
			int dot = key.lastIndexOf('.');
			if (dot > 0) {
				classNames.add(key.substring(0, dot).replace("[", "").replace("]", ""));
			}
		}
		List<ErrorDefinition> definitions = new ArrayList<>();
		for (String className : classNames) {
			if (ClassUtils.isPresent(className, classLoader)) {
				ErrorDefinition definition = of(ClassUtils.resolveClassName(className, classLoader));
				if (definition != null) {
					definitions.add(definition);
				}
			}
		}
		return definitions;
	}

	private int statusOf(Class<?> exceptionType, @Nullable ErrorCode annotation,
			ExceptionMappings.@Nullable Mapping mapping) {
		if (mapping != null && mapping.status() != null) {
			return mapping.status();
		}
		Integer annotated = (annotation != null) ? ErrorClassifier.statusOf(annotation) : null;
		if (annotated != null) {
			return annotated;
		}
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(exceptionType, ResponseStatus.class);
		return (responseStatus != null) ? responseStatus.code().value() : 500;
	}

	private String typeOf(int status) {
		String configured = this.options.types().get(status);
		return (configured != null) ? configured : StatusDefaults.type(status);
	}

	/**
	 * The {@code @ErrorDetail} members of an exception class, superclasses first, as the
	 * classifier reads them.
	 */
	static List<ErrorDefinition.Detail> detailsOf(Class<?> type) {
		List<ErrorDefinition.Detail> details = new ArrayList<>();
		collect(type, details);
		return List.copyOf(details);
	}

	private static void collect(Class<?> type, List<ErrorDefinition.Detail> into) {
		if (type == null || type == Throwable.class || type == Object.class) {
			return;
		}
		collect(type.getSuperclass(), into);
		for (Field field : type.getDeclaredFields()) {
			add(field.getAnnotation(ErrorDetail.class), field.getModifiers(), field.getType(), into);
		}
		// reflection does not promise an order of methods; the catalogue files must not
		// change between runs
		Method[] methods = type.getDeclaredMethods();
		Arrays.sort(methods, Comparator.comparing(Method::getName));
		for (Method method : methods) {
			if (method.getParameterCount() == 0 && method.getReturnType() != void.class && !method.isBridge()) {
				add(method.getAnnotation(ErrorDetail.class), method.getModifiers(), method.getReturnType(), into);
			}
		}
	}

	private static void add(ErrorDetail annotation, int modifiers, Class<?> javaType,
			List<ErrorDefinition.Detail> into) {
		if (annotation != null && !Modifier.isStatic(modifiers)) {
			into.add(new ErrorDefinition.Detail(annotation.value(),
					annotation.header().isEmpty() ? null : annotation.header(), javaType));
		}
	}

	@Contract("null -> false")
	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

}
