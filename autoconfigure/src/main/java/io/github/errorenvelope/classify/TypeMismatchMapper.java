package io.github.errorenvelope.classify;

import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.FieldViolation.Location;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps a parameter that cannot be converted ({@code ?limit=abc} for an {@code int}) to
 * {@code VALIDATION_ERROR} naming the parameter and the expected type in words, never a
 * class name.
 */
public final class TypeMismatchMapper implements ErrorMapper {

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (!(exception instanceof TypeMismatchException mismatch)) {
			return null;
		}
		String name = (mismatch instanceof MethodArgumentTypeMismatchException argument)
				? MethodValidationMapper.parameterName(argument.getParameter()) : mismatch.getPropertyName();
		FieldViolation violation = new FieldViolation(name, TypeDescriptions.mustBe(mismatch.getRequiredType()), "type",
				mismatch.getValue(), Location.PARAMETER);
		return Violations.validationError(List.of(violation));
	}

}
