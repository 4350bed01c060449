package io.github.errorenvelope.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.ThrowsErrors;
import io.github.errorenvelope.catalog.ErrorDefinition;
import io.github.errorenvelope.catalog.ErrorDefinitions;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * Works out which errors a handler method can really answer with, from its signature:
 * validation (constraints, {@code @Valid}, converted parameters, a JSON body), missing
 * required parameters, an unreadable or oversized or wrongly typed body, an unacceptable
 * {@code Accept}, security, the {@code @ErrorCode} exceptions of its {@code throws}
 * clause and {@link ThrowsErrors @ThrowsErrors}, and the 500 every operation can end in.
 */
final class HandlerErrors {

	private static final String VALID = "jakarta.validation.Valid";

	private static final String VALIDATED = "org.springframework.validation.annotation.Validated";

	private static final String CONSTRAINT = "jakarta.validation.Constraint";

	private final ErrorDefinitions definitions;

	HandlerErrors(ErrorDefinitions definitions) {
		this.definitions = definitions;
	}

	/**
	 * The errors of a handler, in status order of appearance.
	 * @param handler the handler method
	 * @param securityStatuses the security statuses that apply (401, 403)
	 * @return the errors
	 */
	List<ErrorDefinition> of(HandlerMethod handler, Set<Integer> securityStatuses) {
		Set<ErrorDefinition> errors = new LinkedHashSet<>();
		boolean body = false;
		boolean validated = false;
		boolean required = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			body |= parameter.hasParameterAnnotation(RequestBody.class) || isEntity(parameter);
			validated |= isValidated(parameter) || isConverted(parameter);
			required |= isRequired(parameter);
		}
		if (validated || body) {
			errors.add(this.definitions.builtIn(ErrorCodes.VALIDATION_ERROR));
		}
		if (body) {
			errors.add(this.definitions.builtIn(ErrorCodes.MALFORMED_REQUEST));
		}
		if (required) {
			errors.add(this.definitions.builtIn(ErrorCodes.MISSING_PARAMETER));
		}
		if (securityStatuses.contains(401)) {
			errors.add(this.definitions.builtIn(ErrorCodes.UNAUTHORIZED));
		}
		if (securityStatuses.contains(403)) {
			errors.add(this.definitions.builtIn(ErrorCodes.FORBIDDEN));
		}
		for (Class<?> thrown : thrownTypes(handler)) {
			ErrorDefinition definition = this.definitions.of(thrown);
			if (definition != null) {
				errors.add(definition);
			}
		}
		if (producesBody(handler)) {
			errors.add(this.definitions.builtIn(ErrorCodes.NOT_ACCEPTABLE));
		}
		if (body) {
			errors.add(this.definitions.builtIn(ErrorCodes.PAYLOAD_TOO_LARGE));
			errors.add(this.definitions.builtIn(ErrorCodes.UNSUPPORTED_MEDIA_TYPE));
		}
		errors.add(this.definitions.builtIn(ErrorCodes.INTERNAL_ERROR));
		return new ArrayList<>(errors);
	}

	/**
	 * Sample violations for the handler's validation error: its first validated
	 * parameter, or a body field.
	 * @param handler the handler method
	 * @return the violations
	 */
	List<FieldViolation> sampleViolations(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class) || isEntity(parameter)) {
				return List.of(FieldViolation.body("name", "must not be blank"));
			}
			if ((isValidated(parameter) || isConverted(parameter)) && parameter.getParameterName() != null) {
				return List.of(FieldViolation.parameter(parameter.getParameterName(), "must be a valid value"));
			}
		}
		return List.of(FieldViolation.parameter("parameter", "must be a valid value"));
	}

	private static List<Class<?>> thrownTypes(HandlerMethod handler) {
		List<Class<?>> thrown = new ArrayList<>(List.of(handler.getMethod().getExceptionTypes()));
		for (AnnotatedElement element : List.of(handler.getMethod(), handler.getBeanType())) {
			ThrowsErrors declared = AnnotatedElementUtils.findMergedAnnotation(element, ThrowsErrors.class);
			if (declared != null) {
				thrown.addAll(List.of(declared.value()));
			}
		}
		return thrown;
	}

	private static boolean isEntity(MethodParameter parameter) {
		return HttpEntity.class.isAssignableFrom(parameter.getParameterType());
	}

	private static boolean isValidated(MethodParameter parameter) {
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			String name = annotation.annotationType().getName();
			if (name.equals(VALID) || name.equals(VALIDATED) || isConstraint(annotation)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConstraint(Annotation annotation) {
		for (Annotation meta : annotation.annotationType().getAnnotations()) {
			if (meta.annotationType().getName().equals(CONSTRAINT)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A request parameter, path variable or header whose text is converted to another
	 * type can fail conversion.
	 */
	private static boolean isConverted(MethodParameter parameter) {
		Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
		boolean bound = parameter.hasParameterAnnotation(RequestParam.class)
				|| parameter.hasParameterAnnotation(RequestHeader.class)
				|| parameter.hasParameterAnnotation(CookieValue.class)
				|| parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		return bound && type != String.class && !java.util.Map.class.isAssignableFrom(type)
				&& !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type);
	}

	private static boolean isRequired(MethodParameter parameter) {
		if (parameter.isOptional()) {
			return false;
		}
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			return param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null) {
			return header.required() && ValueConstants.DEFAULT_NONE.equals(header.defaultValue());
		}
		CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
		if (cookie != null) {
			return cookie.required() && ValueConstants.DEFAULT_NONE.equals(cookie.defaultValue());
		}
		RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
		return part != null && part.required();
	}

	/**
	 * Whether a JSON body is produced, which a client's {@code Accept} can refuse (text
	 * and bytes fit any).
	 */
	static boolean producesBody(HandlerMethod handler) {
		MethodParameter returnType = handler.getReturnType();
		Class<?> type = returnType.getParameterType();
		if (HttpEntity.class.isAssignableFrom(type)) {
			type = returnType.nested().getNestedParameterType();
		}
		return type != void.class && type != Void.class && type != String.class && type != byte[].class
				&& !Resource.class.isAssignableFrom(type)
				&& !type.getName().startsWith("org.springframework.web.servlet.mvc.method.annotation.");
	}

}
