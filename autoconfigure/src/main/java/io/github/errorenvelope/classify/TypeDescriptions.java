package io.github.errorenvelope.classify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Describes an expected Java type in words a client understands ("must be an integer"),
 * so no Java class name ever reaches a response.
 */
public final class TypeDescriptions {

	private static final int MAX_ENUM_VALUES = 20;

	private TypeDescriptions() {
	}

	/**
	 * The violation message for a value that is not of the expected type.
	 * @param type the expected type, may be {@code null}
	 * @return e.g. "must be an integer" or "must be one of [OPEN, CLOSED]"
	 */
	public static String mustBe(@Nullable Class<?> type) {
		return "must be " + describe(type);
	}

	/**
	 * The expected type in words.
	 * @param type the type, may be {@code null}
	 * @return e.g. "an integer", "a boolean (true or false)", "one of [A, B]"
	 */
	public static String describe(@Nullable Class<?> type) {
		if (type == null) {
			return "a valid value";
		}
		if (type.isEnum()) {
			return "one of " + enumValues(type);
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == Byte.class || type == byte.class
				|| type == BigInteger.class) {
			return "an integer";
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class
				|| type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "a boolean (true or false)";
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "a string";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == LocalDate.class) {
			return "a date (yyyy-MM-dd)";
		}
		if (type == LocalTime.class) {
			return "a time (HH:mm:ss)";
		}
		if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == Instant.class || java.util.Date.class.isAssignableFrom(type)) {
			return "a date-time (ISO-8601)";
		}
		if (type == Duration.class) {
			return "a duration (ISO-8601, e.g. PT30S)";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type)) {
			return "an object";
		}
		return "a valid value";
	}

	/**
	 * The allowed values of an enum, as listed in messages.
	 * @param enumType the enum type
	 * @return e.g. "[OPEN, CLOSED]"
	 */
	public static String enumValues(Class<?> enumType) {
		Object[] constants = enumType.getEnumConstants();
		String listed = Arrays.stream(constants)
			.limit(MAX_ENUM_VALUES)
			.map(constant -> ((Enum<?>) constant).name())
			.collect(Collectors.joining(", "));
		return "[" + listed + ((constants.length > MAX_ENUM_VALUES) ? ", …" : "") + "]";
	}

}
