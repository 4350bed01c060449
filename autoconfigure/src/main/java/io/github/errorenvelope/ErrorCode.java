package io.github.errorenvelope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * Gives an exception class a stable machine code and, optionally, its HTTP status and
 * error type.
 *
 * <pre>{@code
 * &#64;ErrorCode(value = "ORDER_NOT_FOUND", status = HttpStatus.NOT_FOUND, type = "not_found")
 * class OrderNotFoundException extends RuntimeException { ... }
 * }</pre>
 *
 * An unset {@link #status()} falls back to {@code @ResponseStatus}, then Spring's
 * {@code ErrorResponse} contract, then 500. An unset {@link #type()} is derived from the
 * status. A 401 always carries a {@code WWW-Authenticate} challenge (RFC 9110):
 * {@link #challenge()} names it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ErrorCode {

	/**
	 * The canonical error code, conventionally UPPER_SNAKE (e.g.
	 * {@code ORDER_NOT_FOUND}).
	 */
	String value();

	/**
	 * The HTTP status, written as one value ({@code status = HttpStatus.NOT_FOUND}); any
	 * status can be given, 418 included. An array only so that "unset" needs no reserved
	 * status: none, the default, leaves the status to the fallbacks above. Only the first
	 * element is read.
	 */
	HttpStatus[] status() default {};

	/** The error group (e.g. {@code not_found}); empty means derived from the status. */
	String type() default "";

	/**
	 * The {@code WWW-Authenticate} challenge sent with this error when it is a 401 (e.g.
	 * {@code ApiKey header="X-Api-Key"}); empty means
	 * {@code error-envelope.www-authenticate}.
	 */
	String challenge() default "";

}
