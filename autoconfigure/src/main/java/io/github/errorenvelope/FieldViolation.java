package io.github.errorenvelope;

import org.jspecify.annotations.Nullable;

/**
 * One invalid field or parameter of a request.
 *
 * @param field the path as the client sent it: JSON names, dots for nesting, {@code [i]}
 * for list elements (e.g. {@code items[0].quantity}), or a parameter or header name
 * @param message the human-readable problem, e.g. {@code must be greater than 0}
 * @param constraint the constraint that failed (e.g. {@code NotNull}, {@code type}), or
 * {@code null}
 * @param rejectedValue the rejected value; only rendered when
 * {@code error-envelope.expose-rejected-values=true}
 * @param location where the value came from
 */
public record FieldViolation(@Nullable String field, @Nullable String message, @Nullable String constraint,
		@Nullable Object rejectedValue, Location location) {

	/** Where a violated value came from in the request. */
	public enum Location {

		/** The request body (JSON). */
		BODY,

		/** A query, form, path, header, cookie or part parameter. */
		PARAMETER

	}

	/**
	 * A body-field violation without a rejected value.
	 * @param field the JSON path
	 * @param message the problem
	 * @return the violation
	 */
	public static FieldViolation body(String field, String message) {
		return new FieldViolation(field, message, null, null, Location.BODY);
	}

	/**
	 * A parameter violation without a rejected value.
	 * @param name the parameter name
	 * @param message the problem
	 * @return the violation
	 */
	public static FieldViolation parameter(String name, String message) {
		return new FieldViolation(name, message, null, null, Location.PARAMETER);
	}

	/**
	 * The field as a JSON Pointer fragment (RFC 6901), for styles that point into the
	 * request body: {@code items[0].quantity} → {@code #/items/0/quantity}; {@code #} for
	 * a violation of the whole request.
	 * @return the pointer
	 */
	public String jsonPointer() {
		if (this.field == null) {
			return "#";
		}
		// escaped as the steps are read: no list of steps and no string per step
		StringBuilder out = new StringBuilder(this.field.length() + 4).append('#');
		PropertyPath.scan(this.field, out, FieldViolation::appendToken);
		return out.toString();
	}

	private static void appendToken(StringBuilder out, String path, int start, int end, boolean name) {
		out.append('/');
		for (int i = start; i < end; i++) {
			char c = path.charAt(i);
			if (c == '~') {
				out.append("~0");
			}
			else if (c == '/') {
				out.append("~1");
			}
			else {
				out.append(c);
			}
		}
	}

	/**
	 * This violation without its rejected value.
	 * @return a copy with {@code rejectedValue} cleared
	 */
	public FieldViolation withoutRejectedValue() {
		return (this.rejectedValue == null) ? this
				: new FieldViolation(this.field, this.message, this.constraint, null, this.location);
	}

}
