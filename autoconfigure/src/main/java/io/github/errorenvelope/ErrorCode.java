package io.github.errorenvelope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an exception class a stable machine code and, optionally, its HTTP status and
 * error type.
 *
 * <pre>{@code
 * &#64;ErrorCode(value = "ORDER_NOT_FOUND", status = 404, type = "not_found")
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

	/** The value of {@link #status()} that leaves the status unset. */
	int UNSET = -1;

	/**
	 * The canonical error code, conventionally UPPER_SNAKE (e.g.
	 * {@code ORDER_NOT_FOUND}).
	 */
	String value();

	/**
	 * The HTTP status, from 100 to 599 (every status can be expressed, 418 included);
	 * {@value #UNSET}, the default, means unset.
	 */
	int status() default UNSET;

	/** The error group (e.g. {@code not_found}); empty means derived from the status. */
	String type() default "";

	/**
	 * The {@code WWW-Authenticate} challenge sent with this error when it is a 401 (e.g.
	 * {@code ApiKey header="X-Api-Key"}); empty means
	 * {@code error-envelope.www-authenticate}.
	 */
	String challenge() default "";

}
