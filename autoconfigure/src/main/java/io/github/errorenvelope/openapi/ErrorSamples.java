package io.github.errorenvelope.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.catalog.ErrorDefinition;
import io.github.errorenvelope.catalog.JsonTypes;
import io.github.errorenvelope.classify.StatusDefaults;
import io.github.errorenvelope.web.ClassifiedErrorSender;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Turns error definitions into sample errors and bodies through the real pipeline —
 * translated message, the application's customizers, renamed and cased code, the active
 * style — so the documented examples and schemas never disagree with the wire.
 */
public class ErrorSamples {

	/** The request id every example carries. */
	static final String SAMPLE_REQUEST_ID = "550e8400-e29b-41d4-a716-446655440000";

	private final EnvelopeStyle style;

	private final ClassifiedErrorSender responder;

	/**
	 * Create the samples.
	 * @param style the active style
	 * @param responder the pipeline's finishing steps (translation, customizers, code
	 * format)
	 */
	public ErrorSamples(EnvelopeStyle style, ClassifiedErrorSender responder) {
		this.style = style;
		this.responder = responder;
	}

	/** The active style. */
	EnvelopeStyle style() {
		return this.style;
	}

	/**
	 * A finished sample of a definition.
	 * @param definition the error
	 * @param path the request path, or {@code null}
	 * @param violations the violations of a validation error (ignored for other errors)
	 * @return the error as the service would send it
	 */
	ApiError sample(ErrorDefinition definition, @Nullable String path, List<FieldViolation> violations) {
		ApiError.Builder error = ApiError.builder(definition.status())
			.code(definition.code())
			.type(definition.type())
			.requestId(SAMPLE_REQUEST_ID)
			.path(path);
		if (definition.violations()) {
			error.violations(violations);
		}
		else {
			error.message((definition.message() != null) ? definition.message()
					: StatusDefaults.message(definition.status()));
		}
		List<Object> arguments = new ArrayList<>();
		for (ErrorDefinition.Detail detail : definition.details()) {
			Object value = sampleValue(detail.javaType());
			arguments.add(value);
			error.detail(detail.name(), value);
			if (detail.header() != null) {
				error.header(detail.header(), String.valueOf(value));
			}
		}
		return finish(error, arguments);
	}

	/**
	 * Finish a hand-built sample through the pipeline.
	 * @param error the draft with a canonical code
	 * @param messageArguments the arguments of a translated message
	 * @return the finished error
	 */
	ApiError finish(ApiError.Builder error, List<Object> messageArguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.responder.finish(error, messageArguments, null, locale);
	}

	/** The body the active style renders for an error. */
	Object render(ApiError error) {
		return this.style.render(error);
	}

	private static Object sampleValue(Class<?> javaType) {
		if (javaType.isEnum() && javaType.getEnumConstants().length > 0) {
			return ((Enum<?>) javaType.getEnumConstants()[0]).name();
		}
		return switch (JsonTypes.of(javaType)) {
			case "integer" -> 30;
			case "number" -> 1.5;
			case "boolean" -> true;
			case "array" -> List.of();
			default -> "string";
		};
	}

}
