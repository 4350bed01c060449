package io.github.errorenvelope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds the value of an exception's field or no-arg getter to the error's details, and
 * optionally sends it as a response header.
 *
 * <pre>{@code
 * &#64;ErrorDetail(value = "retry_after", header = "Retry-After")
 * private final long retryAfterSeconds;
 * }</pre>
 *
 * Detail values are also the arguments of a translated {@code error.<CODE>} message, in
 * declaration order. A {@code null} value is left out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD })
public @interface ErrorDetail {

	/** The member name in the error's details (e.g. {@code retry_after}). */
	String value();

	/**
	 * A response header that also carries the value (e.g. {@code Retry-After}); empty for
	 * none.
	 */
	String header() default "";

}
