package io.github.errorenvelope.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.util.ReflectionUtils;

/**
 * The application's exception classes by error code, so a client throws the exception the
 * server threw. Classes are registered directly (their {@code @ErrorCode} is read by
 * name, so this module does not need the server-side starter) or with a code and a
 * factory. Codes are compared in canonical form, so {@code order_already_shipped} from a
 * {@code flat} server finds {@code ORDER_ALREADY_SHIPPED}.
 *
 * <p>
 * A registered class is created through the constructor whose parameters can all be
 * filled by name: {@code message} from the envelope's message, a {@code Throwable}
 * parameter with the typed client exception, an {@link ErrorEnvelope} parameter with the
 * envelope, and any other parameter from the detail of the same name ({@code orderId} or
 * {@code order_id} ← {@code "order_id"}), converted to the parameter's type. A
 * constructor without parameters always qualifies. The typed client exception becomes the
 * cause when the constructor did not set one.
 */
public final class ErrorCodeExceptions {

	/**
	 * The fully qualified name of the server-side annotation, read without depending on
	 * its module.
	 */
	public static final String ERROR_CODE_ANNOTATION = "io.github.errorenvelope.ErrorCode";

	private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

	private final Map<String, BiFunction<ErrorEnvelope, RuntimeException, RuntimeException>> factories = new ConcurrentHashMap<>();

	private final Map<String, Class<?>> registeredTypes = new ConcurrentHashMap<>();

	/**
	 * Register an exception class by the code of its {@code @ErrorCode} annotation.
	 * @param type the exception class
	 * @return this registry
	 * @throws IllegalArgumentException when the class has no {@code @ErrorCode}
	 */
	public ErrorCodeExceptions register(Class<? extends RuntimeException> type) {
		String code = errorCodeOf(type).orElseThrow(() -> new IllegalArgumentException(
				type.getName() + " is not annotated with @" + ERROR_CODE_ANNOTATION));
		return register(code, type);
	}

	/**
	 * Register an exception class for a code (e.g. a numeric or renamed output code).
	 * @param code the code as any style writes it
	 * @param type the exception class, created as described on this class
	 * @return this registry
	 */
	public ErrorCodeExceptions register(String code, Class<? extends RuntimeException> type) {
		this.registeredTypes.put(ErrorEnvelope.canonicalCode(code), type);
		this.factories.put(ErrorEnvelope.canonicalCode(code), (envelope, typed) -> instantiate(type, envelope, typed));
		return this;
	}

	/**
	 * Register a factory for a code.
	 * @param code the code as any style writes it
	 * @param factory creates the exception from the envelope; may return {@code null} to
	 * keep the typed client exception
	 * @return this registry
	 */
	public ErrorCodeExceptions register(String code, Function<ErrorEnvelope, ? extends RuntimeException> factory) {
		this.factories.put(ErrorEnvelope.canonicalCode(code), (envelope, typed) -> factory.apply(envelope));
		return this;
	}

	/**
	 * The class registered for a code, if a class (not a factory) was registered.
	 * @param code the code in any case
	 * @return the class
	 */
	public Optional<Class<?>> typeFor(String code) {
		return Optional.ofNullable(this.registeredTypes.get(ErrorEnvelope.canonicalCode(code)));
	}

	/**
	 * The exception to throw for an error response: the application's exception for the
	 * envelope's code (with {@code typed} as its cause), else {@code typed} itself.
	 * @param envelope the decoded response
	 * @param typed the typed client exception
	 * @return the exception to throw
	 */
	public RuntimeException resolve(ErrorEnvelope envelope, RuntimeException typed) {
		if (envelope.getCode() == null) {
			return typed;
		}
		BiFunction<ErrorEnvelope, RuntimeException, RuntimeException> factory = this.factories
			.get(ErrorEnvelope.canonicalCode(envelope.getCode()));
		RuntimeException mapped = (factory != null) ? factory.apply(envelope, typed) : null;
		if (mapped == null) {
			return typed;
		}
		if (mapped.getCause() == null) {
			try {
				mapped.initCause(typed);
			}
			catch (IllegalStateException ex) {
				// the constructor set a null cause explicitly; the class then keeps what
				// its constructor made
			}
		}
		return mapped;
	}

	/**
	 * The code of a class's {@code @ErrorCode} (on it or a superclass), read by
	 * annotation name.
	 * @param type the class
	 * @return the code
	 */
	public static Optional<String> errorCodeOf(Class<?> type) {
		MergedAnnotation<?> annotation = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
			.get(ERROR_CODE_ANNOTATION);
		return annotation.isPresent() ? Optional.of(annotation.getString("value")) : Optional.empty();
	}

	private static RuntimeException instantiate(Class<? extends RuntimeException> type, ErrorEnvelope envelope,
			RuntimeException typed) {
		Constructor<?>[] constructors = type.getDeclaredConstructors();
		Arrays.sort(constructors, Comparator.comparingInt(Constructor<?>::getParameterCount).reversed());
		for (Constructor<?> constructor : constructors) {
			if (!Modifier.isPublic(constructor.getModifiers())) {
				continue;
			}
			Object[] arguments = arguments(constructor, envelope, typed);
			if (arguments != null) {
				try {
					ReflectionUtils.makeAccessible(constructor);
					return (RuntimeException) constructor.newInstance(arguments);
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					// try the next constructor; with none left the typed client exception
					// is thrown
				}
			}
		}
		return null;
	}

	private static Object[] arguments(Constructor<?> constructor, ErrorEnvelope envelope, RuntimeException typed) {
		Parameter[] parameters = constructor.getParameters();
		Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			Parameter parameter = parameters[i];
			Class<?> type = parameter.getType();
			if (type == ErrorEnvelope.class) {
				arguments[i] = envelope;
			}
			else if (type.isInstance(typed)) {
				arguments[i] = typed;
			}
			else if (!parameter.isNamePresent()) {
				return null;
			}
			else if (type == String.class && parameter.getName().equals("message")) {
				arguments[i] = envelope.getMessage();
			}
			else {
				Object detail = detailFor(parameter.getName(), envelope);
				if (detail == null || !CONVERSION.canConvert(detail.getClass(), type)) {
					return null;
				}
				try {
					arguments[i] = CONVERSION.convert(detail, type);
				}
				catch (RuntimeException ex) {
					return null;
				}
			}
		}
		return arguments;
	}

	private static Object detailFor(String parameterName, ErrorEnvelope envelope) {
		Object exact = envelope.getDetails().get(parameterName);
		return (exact != null) ? exact
				: envelope.getDetails().get(ErrorEnvelope.canonicalCode(parameterName).toLowerCase(Locale.ROOT));
	}

}
