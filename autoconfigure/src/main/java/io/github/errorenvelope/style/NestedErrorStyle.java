package io.github.errorenvelope.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code nested-error} style (the default): {@code {"error": {"code", "message",
 * "details"}, "request_id"}}. For validation errors {@code details.field} and
 * {@code details.issue} name the first violation and {@code details.violations} lists
 * all; extra details are members of {@code details}, which is left out when empty. Codes
 * are UPPER_SNAKE by default.
 */
public final class NestedErrorStyle implements EnvelopeStyle {

	/**
	 * The summary line of a validation error whose message the application did not set.
	 */
	public static final String VALIDATION_SUMMARY = "Invalid request parameters";

	/** The members of {@code details} a validation error defines before its details. */
	private static final String[] VIOLATION_DETAILS = { "field", "issue", "violations" };

	@Override
	public Object render(ApiError error) {
		Map<String, Object> inner = Members.object(3);
		inner.put("code", error.getCode());
		boolean summarize = !error.getViolations().isEmpty() && !error.hasCustomMessage();
		inner.put("message", summarize ? VALIDATION_SUMMARY : error.getMessage());
		int detailCount = Members.withDetails(error.getViolations().isEmpty() ? 0 : 3, error);
		if (detailCount > 0) {
			inner.put("details", details(error, detailCount));
		}
		Map<String, Object> body = Members.object(2);
		body.put("error", inner);
		body.put("request_id", error.getRequestId());
		return body;
	}

	@Override
	public void write(ApiError error, JsonGenerator generator) {
		List<FieldViolation> violations = error.getViolations();
		generator.writeStartObject();
		generator.writeName("error");
		generator.writeStartObject();
		generator.writeStringProperty("code", error.getCode());
		boolean summarize = !violations.isEmpty() && !error.hasCustomMessage();
		generator.writeStringProperty("message", summarize ? VALIDATION_SUMMARY : error.getMessage());
		if (!violations.isEmpty() || !error.getDetails().isEmpty()) {
			generator.writeName("details");
			generator.writeStartObject();
			if (violations.isEmpty()) {
				GeneratorMembers.details(generator, error, GeneratorMembers.NONE, null, null);
			}
			else {
				FieldViolation first = violations.get(0);
				generator.writeStringProperty("field", Members.fieldOf(first));
				GeneratorMembers.member(generator, error, "issue", first.message());
				generator.writeName("violations");
				generator.writeStartArray(violations, violations.size());
				for (FieldViolation violation : violations) {
					GeneratorMembers.violation(generator, violation, "field", "issue");
				}
				generator.writeEndArray();
				GeneratorMembers.details(generator, error, VIOLATION_DETAILS, null, null);
			}
			generator.writeEndObject();
		}
		generator.writeEndObject();
		generator.writeStringProperty("request_id", error.getRequestId());
		generator.writeEndObject();
	}

	private static Map<String, Object> details(ApiError error, int detailCount) {
		Map<String, Object> details = Members.object(detailCount);
		if (!error.getViolations().isEmpty()) {
			FieldViolation first = error.getViolations().get(0);
			details.put("field", Members.fieldOf(first));
			details.put("issue", first.message());
			List<Object> violations = new ArrayList<>(error.getViolations().size());
			for (FieldViolation violation : error.getViolations()) {
				violations.add(Members.violation(violation, "field", "issue"));
			}
			details.put("violations", violations);
		}
		Members.addDetails(details, error);
		return details;
	}

	@Override
	public CodeCase defaultCodeCase() {
		return CodeCase.UPPER_SNAKE;
	}

}
