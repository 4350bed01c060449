package io.github.errorenvelope.classify;

import java.util.ArrayList;
import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.FieldViolation.Location;
import io.github.errorenvelope.FieldViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Maps Spring's built-in controller method validation
 * ({@link HandlerMethodValidationException}: constraints on {@code @RequestParam},
 * {@code @PathVariable}, {@code @RequestHeader} and bodies) to {@code VALIDATION_ERROR}
 * with one violation per parameter or field. Return-value validation and
 * {@link MethodValidationException} are server faults (500).
 */
public final class MethodValidationMapper implements ErrorMapper {

	private final BodyFieldNames names;

	/**
	 * Create the mapper.
	 * @param names translates body paths to JSON names
	 */
	public MethodValidationMapper(BodyFieldNames names) {
		this.names = names;
	}

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (exception instanceof MethodValidationException) {
			return ApiError.builder(500).code(ErrorCodes.INTERNAL_ERROR);
		}
		if (!(exception instanceof HandlerMethodValidationException validation)) {
			return null;
		}
		if (validation.isForReturnValue()) {
			return ApiError.builder(500).code(ErrorCodes.INTERNAL_ERROR);
		}
		List<FieldViolation> violations = new ArrayList<>();
		for (ParameterValidationResult result : validation.getParameterValidationResults()) {
			MethodParameter parameter = result.getMethodParameter();
			boolean body = parameter.hasParameterAnnotation(RequestBody.class)
					|| parameter.hasParameterAnnotation(RequestPart.class);
			String name = body ? "" : parameterName(parameter);
			String element = elementSuffix(result);
			if (result instanceof ParameterErrors errors) {
				Object argument = errors.getArgument();
				violations.addAll(Violations.of(errors, (argument != null) ? argument.getClass() : null, body,
						this.names, Violations.join(name, element)));
				continue;
			}
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				violations.add(new FieldViolation(Violations.join(name, element), error.getDefaultMessage(),
						constraintName(error), result.getArgument(), body ? Location.BODY : Location.PARAMETER));
			}
		}
		return Violations.validationError(violations);
	}

	private static String elementSuffix(ParameterValidationResult result) {
		if (result.getContainerIndex() != null) {
			return "[" + result.getContainerIndex() + "]";
		}
		if (result.getContainerKey() != null) {
			return "[" + result.getContainerKey() + "]";
		}
		return "";
	}

	private static @Nullable String constraintName(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : null;
	}

	/**
	 * The name a client uses for a handler parameter: the binding annotation's name if
	 * given, else the compiled parameter name.
	 * @param parameter the parameter
	 * @return the name
	 */
	static @Nullable String parameterName(MethodParameter parameter) {
		String declared = null;
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			declared = requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null) {
			declared = pathVariable.name();
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null) {
			declared = header.name();
		}
		CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
		if (cookie != null) {
			declared = cookie.name();
		}
		if (Texts.hasText(declared)) {
			return declared;
		}
		String compiled = parameter.getParameterName();
		return (compiled != null) ? compiled : "arg" + parameter.getParameterIndex();
	}

}
