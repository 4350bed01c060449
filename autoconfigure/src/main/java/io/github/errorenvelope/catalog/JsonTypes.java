package io.github.errorenvelope.catalog;

import java.time.Duration;
import java.util.Collection;

/**
 * The JSON type a Java value of a detail member is rendered as (see the classifier's
 * simplification).
 */
public final class JsonTypes {

	private JsonTypes() {
	}

	/**
	 * The JSON type name of a Java type.
	 * @param javaType the type
	 * @return {@code integer}, {@code number}, {@code boolean}, {@code array} or
	 * {@code string}
	 */
	public static String of(Class<?> javaType) {
		if (javaType == int.class || javaType == long.class || javaType == short.class || javaType == byte.class
				|| javaType == Integer.class || javaType == Long.class || javaType == Short.class
				|| javaType == Byte.class || javaType == java.math.BigInteger.class || javaType == Duration.class) {
			return "integer";
		}
		if (javaType == double.class || javaType == float.class || Number.class.isAssignableFrom(javaType)) {
			return "number";
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return "boolean";
		}
		if (Collection.class.isAssignableFrom(javaType)) {
			return "array";
		}
		return "string";
	}

}
