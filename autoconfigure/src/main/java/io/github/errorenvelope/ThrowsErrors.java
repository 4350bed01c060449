package io.github.errorenvelope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@link ErrorCode @ErrorCode} exceptions a handler method (or every handler
 * of a controller) can answer with although they are not in its {@code throws} clause,
 * because a service, a filter or an unchecked exception deeper down throws them. The
 * OpenAPI integration documents them on the operation like declared ones.
 *
 * <pre>{@code
 * &#64;GetMapping("/{id}")
 *

&#64;ThrowsErrors(OrderNotFoundException.class)
 * Order get(@PathVariable String id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ThrowsErrors {

	/**
	 * The exception classes, each annotated with {@code @ErrorCode} (or mapped by
	 * properties).
	 */
	Class<? extends Throwable>[] value();

}
