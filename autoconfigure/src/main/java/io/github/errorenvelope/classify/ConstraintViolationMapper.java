package io.github.errorenvelope.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.FieldViolation.Location;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.jspecify.annotations.Nullable;

/**
 * Maps Bean Validation's {@link ConstraintViolationException} (from {@code @Validated}
 * beans) to {@code VALIDATION_ERROR}, one violation per parameter or property, named by
 * the parameter rather than the Java method.
 */
public final class ConstraintViolationMapper implements ErrorMapper {

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (!(exception instanceof ConstraintViolationException constraintViolations)) {
			return null;
		}
		List<Entry> entries = new ArrayList<>();
		if (constraintViolations.getConstraintViolations() != null) {
			for (ConstraintViolation<?> violation : constraintViolations.getConstraintViolations()) {
				entries.add(entry(violation));
			}
		}
		// by path first, keys computed once; the stable sort by parameter then keeps path
		// order within each
		DeclarationOrder.sort(entries, null, Entry::path);
		entries.sort(Comparator.comparingInt(Entry::parameterIndex));
		List<FieldViolation> violations = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			violations.add(entry.violation());
		}
		return Violations.validationError(violations);
	}

	private record Entry(int parameterIndex, String path, FieldViolation violation) {
	}

	private static Entry entry(ConstraintViolation<?> violation) {
		StringBuilder path = new StringBuilder();
		int parameterIndex = Integer.MAX_VALUE;
		for (Path.Node node : violation.getPropertyPath()) {
			ElementKind kind = node.getKind();
			if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
				continue;
			}
			if (kind == ElementKind.PARAMETER) {
				parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
			}
			if (node.getIndex() != null) {
				path.append('[').append(node.getIndex()).append(']');
			}
			else if (node.getKey() != null) {
				path.append('[').append(node.getKey()).append(']');
			}
			if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
				if (path.length() > 0) {
					path.append('.');
				}
				path.append(node.getName());
			}
		}
		String constraint = violation.getConstraintDescriptor() != null
				? violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName() : null;
		String field = path.toString();
		return new Entry(parameterIndex, field, new FieldViolation(field.isEmpty() ? null : field,
				violation.getMessage(), constraint, violation.getInvalidValue(), Location.PARAMETER));
	}

}
