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
 * The {@code flat} style: {@code message}, {@code type}, {@code code}, {@code param} (the
 * first offending parameter, absent otherwise), {@code request_id}, and {@code errors}
 * (each {@code param} + {@code message}) only when there are violations; extra details
 * are top-level members. Codes are lower_snake by default.
 */
public final class FlatStyle implements EnvelopeStyle {

	/** The members every body has before its details. */
	private static final String[] MEMBERS = { "message", "type", "code", "request_id" };

	@Override
	public Object render(ApiError error) {
		Map<String, Object> body = Members.object(Members.withDetails(error.getViolations().isEmpty() ? 4 : 6, error));
		body.put("message", error.getMessage());
		body.put("type", error.getType());
		body.put("code", error.getCode());
		List<FieldViolation> violations = error.getViolations();
		if (!violations.isEmpty()) {
			body.put("param", Members.fieldOf(violations.get(0)));
		}
		body.put("request_id", error.getRequestId());
		if (!violations.isEmpty()) {
			List<Object> errors = new ArrayList<>(violations.size());
			for (FieldViolation violation : violations) {
				errors.add(Members.violation(violation, "param", "message"));
			}
			body.put("errors", errors);
		}
		Members.addDetails(body, error);
		return body;
	}

	@Override
	public void write(ApiError error, JsonGenerator generator) {
		List<FieldViolation> violations = error.getViolations();
		generator.writeStartObject();
		GeneratorMembers.member(generator, error, "message", error.getMessage());
		GeneratorMembers.member(generator, error, "type", error.getType());
		GeneratorMembers.member(generator, error, "code", error.getCode());
		if (!violations.isEmpty()) {
			generator.writeStringProperty("param", Members.fieldOf(violations.get(0)));
		}
		GeneratorMembers.member(generator, error, "request_id", error.getRequestId());
		if (violations.isEmpty()) {
			GeneratorMembers.details(generator, error, MEMBERS, null, null);
		}
		else {
			generator.writeName("errors");
			generator.writeStartArray(violations, violations.size());
			for (FieldViolation violation : violations) {
				GeneratorMembers.violation(generator, violation, "param", "message");
			}
			generator.writeEndArray();
			GeneratorMembers.details(generator, error, MEMBERS, "param", "errors");
		}
		generator.writeEndObject();
	}

	@Override
	public CodeCase defaultCodeCase() {
		return CodeCase.LOWER_SNAKE;
	}

}
