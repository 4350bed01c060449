package io.github.errorenvelope.classify.jackson;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.classify.ReadFailureInterpreter;
import io.github.errorenvelope.classify.Texts;
import io.github.errorenvelope.classify.TypeDescriptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.jspecify.annotations.Nullable;

/**
 * Explains Jackson 3 read failures without Jackson's wording: syntax errors become
 * {@code MALFORMED_REQUEST} with line and column; values that do not fit their field
 * become a {@code VALIDATION_ERROR} violation at the field's JSON path (wrong type, enum
 * with its allowed values, missing required field, unknown field).
 */
public final class JacksonReadFailureInterpreter implements ReadFailureInterpreter {

	private static final Pattern MISSING_CREATOR_PROPERTY = Pattern
		.compile("Missing required creator property '([^']{1,256})'");

	@Override
	public ApiError.@Nullable Builder interpret(Throwable cause) {
		if (!(cause instanceof JacksonException jackson)) {
			return null;
		}
		if (jackson instanceof StreamConstraintsException) {
			return malformed("The request body exceeds the allowed nesting depth or size.", null);
		}
		if (jackson instanceof MismatchedInputException mismatch) {
			if (!mismatch.getPath().isEmpty() || isMissingCreatorProperty(mismatch)) {
				return fieldProblem(mismatch);
			}
			return malformed("The request body does not have the expected structure", jackson.getLocation());
		}
		if (jackson instanceof ValueInstantiationException instantiation && !instantiation.getPath().isEmpty()) {
			return violation(path(instantiation), "is invalid", "invalid");
		}
		if (jackson instanceof StreamReadException) {
			return malformed("Malformed JSON", jackson.getLocation());
		}
		return malformed("The request body could not be read.", null);
	}

	private static boolean isMissingCreatorProperty(MismatchedInputException mismatch) {
		String message = mismatch.getOriginalMessage();
		return message != null && message.startsWith("Missing required creator property");
	}

	private static ApiError.Builder fieldProblem(MismatchedInputException mismatch) {
		String path = path(mismatch);
		if (mismatch instanceof PropertyBindingException) {
			return violation(path, "unknown field", "unknown");
		}
		if (mismatch instanceof InvalidTypeIdException) {
			return violation(path, "has an unknown type", "type");
		}
		if (mismatch instanceof InvalidNullException) {
			return violation(path, "must not be null", "NotNull");
		}
		String original = mismatch.getOriginalMessage();
		Matcher missing = (original != null) ? MISSING_CREATOR_PROPERTY.matcher(original) : null;
		if (missing != null && missing.find()) {
			return violation(append(path, missing.group(1)), "field required", "required");
		}
		Class<?> target = mismatch.getTargetType();
		if (original != null && original.startsWith("Cannot map `null` into type")) {
			return violation(path, "must not be null", "NotNull");
		}
		String message = (mismatch instanceof InvalidFormatException && target != null && target.isEnum())
				? "must be one of " + TypeDescriptions.enumValues(target) : TypeDescriptions.mustBe(target);
		return violation(path, message, "type");
	}

	private static ApiError.Builder violation(String path, String message, String constraint) {
		String field = Texts.clip(path.isEmpty() ? null : path);
		return ApiError.builder(400)
			.code(ErrorCodes.VALIDATION_ERROR)
			.violations(List.of(new FieldViolation(field, message, constraint, null, FieldViolation.Location.BODY)));
	}

	private static ApiError.Builder malformed(String text, @Nullable TokenStreamLocation location) {
		ApiError.Builder error = ApiError.builder(400)
			.code(ErrorCodes.MALFORMED_REQUEST)
			.type(ErrorTypes.INVALID_REQUEST);
		if (location != null && location.getLineNr() > 0) {
			error.message(text + " at line " + location.getLineNr() + ", column " + location.getColumnNr() + ".");
			error.detail("line", location.getLineNr());
			error.detail("column", location.getColumnNr());
		}
		else {
			error.message(text.endsWith(".") ? text : text + ".");
		}
		return error;
	}

	private static String path(JacksonException exception) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				if (out.length() > 0) {
					out.append('.');
				}
				out.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	private static String append(String path, String name) {
		// Jackson sometimes already points at the missing property, sometimes at its
		// parent
		if (path.equals(name) || path.endsWith("." + name)) {
			return path;
		}
		return path.isEmpty() ? name : path + "." + name;
	}

}
