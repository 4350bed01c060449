package io.github.errorenvelope.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.FieldViolation.Location;
import io.github.errorenvelope.FieldViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Builds {@link FieldViolation}s from Spring's binding results: request-body paths
 * translated to the JSON names the client sent, binding failures described by type in
 * words, and everything in declaration order.
 */
final class Violations {

	private Violations() {
	}

	/** A validation error draft: 400, {@code VALIDATION_ERROR}, the given violations. */
	static ApiError.Builder validationError(List<FieldViolation> violations) {
		return ApiError.builder(400).code(ErrorCodes.VALIDATION_ERROR).violations(violations);
	}

	/**
	 * The violations of a binding or validation result.
	 * @param result the result
	 * @param rootType the validated object's type, may be {@code null}
	 * @param body whether the target is the request body (paths become JSON paths)
	 * @param names the JSON name translator
	 * @param prefix a path prefix (e.g. {@code [2]} for a list element), or empty
	 * @return the violations in declaration order
	 */
	static List<FieldViolation> of(Errors result, @Nullable Class<?> rootType, boolean body, BodyFieldNames names,
			String prefix) {
		Location location = body ? Location.BODY : Location.PARAMETER;
		// one pass over all errors: Spring's getGlobalErrors() and getFieldErrors() each
		// copy the list
		List<ObjectError> all = result.getAllErrors();
		List<FieldViolation> violations = new ArrayList<>(all.size());
		PositionedError[] fieldErrors = new PositionedError[all.size()];
		int fieldCount = 0;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) instanceof FieldError error) {
				fieldErrors[fieldCount++] = new PositionedError(DeclarationOrder.key(rootType, error.getField()),
						error);
			}
			else {
				ObjectError global = all.get(i);
				violations.add(new FieldViolation(prefix.isEmpty() ? null : prefix, global.getDefaultMessage(),
						global.getCode(), null, location));
			}
		}
		Arrays.sort(fieldErrors, 0, fieldCount, PositionedError.ORDER);
		for (int i = 0; i < fieldCount; i++) {
			FieldError error = fieldErrors[i].error();
			String path = (body && rootType != null) ? names.toJsonPath(rootType, error.getField()) : error.getField();
			String message = error.isBindingFailure() ? TypeDescriptions.mustBe(fieldType(result, error))
					: error.getDefaultMessage();
			violations.add(new FieldViolation(join(prefix, path), message,
					error.isBindingFailure() ? "type" : error.getCode(), error.getRejectedValue(), location));
		}
		return violations;
	}

	/** A field error with its place in the body's declaration order. */
	private record PositionedError(int[] position, FieldError error) {

		static final Comparator<PositionedError> ORDER = Comparator.comparing(PositionedError::position,
				DeclarationOrder.KEY_ORDER);

	}

	private static @Nullable Class<?> fieldType(Errors result, FieldError error) {
		try {
			return result.getFieldType(error.getField());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static String join(@Nullable String prefix, String path) {
		if (prefix == null || prefix.isEmpty()) {
			return path;
		}
		if (path == null || path.isEmpty()) {
			return prefix;
		}
		return path.startsWith("[") ? prefix + path : prefix + "." + path;
	}

}
