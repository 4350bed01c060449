package io.github.errorenvelope.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.catalog.ErrorDefinition;
import io.github.errorenvelope.catalog.ErrorDefinitions;
import io.github.errorenvelope.classify.ViolationSentences;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The active style's envelope as component schemas: {@value #ENVELOPE} (and
 * {@value #VIOLATION} for styles that render violations as objects), inferred from bodies
 * the style renders for a set of samples that exercise every member: a plain error, a
 * validation error with body and parameter violations and an omitted count, an
 * application code with detail members, and a 5xx.
 */
final class EnvelopeSchemas {

	/** The component name of the error envelope. */
	static final String ENVELOPE = "ErrorEnvelope";

	/** The component name of one field violation. */
	static final String VIOLATION = "ErrorViolation";

	private static final String VIOLATION_MARKER = "sample violation";

	private static final List<String> SAMPLE_FIELDS = List.of("sample_field", "sample.items[0].field", "sample_param");

	private static final Set<String> SAMPLE_DETAILS = Set.of("retry_after", "sample_detail", "omitted_violations");

	private final ErrorSamples samples;

	private final ErrorDefinitions definitions;

	EnvelopeSchemas(ErrorSamples samples, ErrorDefinitions definitions) {
		this.samples = samples;
		this.definitions = definitions;
	}

	/**
	 * Add the envelope (and violation) schemas to the document's components.
	 * @param openApi the document
	 */
	void register(OpenAPI openApi) {
		SpecVersion version = (openApi.getSpecVersion() != null) ? openApi.getSpecVersion() : SpecVersion.V30;
		List<ApiError> errors = sampleErrors();
		Set<String> dataKeys = new LinkedHashSet<>(SAMPLE_FIELDS);
		dataKeys.add("request");
		List<Object> bodies = new ArrayList<>();
		for (ApiError error : errors) {
			dataKeys.add(error.getCode());
			bodies.add(this.samples.render(error));
		}
		EnvelopeSchemaInference inference = new EnvelopeSchemaInference(new SchemaFactory(version), dataKeys,
				SAMPLE_DETAILS, VIOLATION_MARKER, VIOLATION);
		Schema<Object> envelope = inference.infer(bodies);
		envelope.setDescription("The envelope every error response carries.");
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSchemas(ENVELOPE, envelope);
		if (inference.violationSchema() != null) {
			Schema<Object> violation = inference.violationSchema();
			violation.setDescription("One invalid field or parameter of the request.");
			openApi.getComponents().addSchemas(VIOLATION, violation);
		}
	}

	private List<ApiError> sampleErrors() {
		List<ApiError> errors = new ArrayList<>();
		errors.add(this.samples.sample(this.definitions.builtIn(ErrorCodes.NOT_FOUND), "/sample", List.of()));
		errors.add(this.samples.sample(this.definitions.builtIn(ErrorCodes.UNAUTHORIZED), null, List.of()));
		errors.add(this.samples.sample(this.definitions.builtIn(ErrorCodes.INTERNAL_ERROR), "/sample", List.of()));
		ApiError.Builder validation = this.samples.sample(this.definitions.builtIn(ErrorCodes.VALIDATION_ERROR), null,
				List.of(FieldViolation.body(SAMPLE_FIELDS.get(0), VIOLATION_MARKER),
						FieldViolation.body(SAMPLE_FIELDS.get(1), VIOLATION_MARKER),
						FieldViolation.parameter(SAMPLE_FIELDS.get(2), VIOLATION_MARKER)))
			.toBuilder();
		validation.detail(ViolationSentences.OMITTED_DETAIL, 1).message(null);
		ViolationSentences.complete(validation);
		errors.add(validation.build());
		ErrorDefinition coded = new ErrorDefinition("SAMPLE_CODE", 429, "rate_limit", "Sample.", false,
				List.of(new ErrorDefinition.Detail("retry_after", "Retry-After", long.class),
						new ErrorDefinition.Detail("sample_detail", null, String.class)),
				"sample");
		errors.add(this.samples.sample(coded, "/sample", List.of()));
		return errors;
	}

}
