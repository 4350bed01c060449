package io.github.errorenvelope.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One error a service can answer with, described before any request: its canonical code,
 * HTTP status, error type, default message, extra detail members, and where it is
 * defined.
 *
 * @param code the canonical code, e.g. {@code ORDER_NOT_FOUND}
 * @param status the HTTP status
 * @param type the error type (group), e.g. {@code not_found}
 * @param message the message every response carries, or {@code null} when each response
 * carries the exception's own message
 * @param violations whether responses list field violations
 * @param details the {@code @ErrorDetail} members responses carry
 * @param source where the code comes from: {@code built-in}, an exception class name, or
 * a property
 */
public record ErrorDefinition(String code, int status, String type, @Nullable String message, boolean violations,
		List<Detail> details, String source) {

	/** The source of the codes the starter itself answers with. */
	public static final String BUILT_IN = "built-in";

	/**
	 * One {@code @ErrorDetail} member.
	 *
	 * @param name the member name in the error's details, e.g. {@code retry_after}
	 * @param header the response header that repeats the value, or {@code null}
	 * @param javaType the declared Java type of the value
	 */
	public record Detail(String name, @Nullable String header, Class<?> javaType) {
	}

}
