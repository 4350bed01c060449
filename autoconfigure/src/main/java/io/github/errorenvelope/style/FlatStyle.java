package io.github.errorenvelope.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;

/**
 * The {@code flat} style: {@code message}, {@code type}, {@code code}, {@code param} (the
 * first offending parameter, absent otherwise), {@code request_id}, and {@code errors}
 * (each {@code param} + {@code message}) only when there are violations; extra details
 * are top-level members. Codes are lower_snake by default.
 */
public final class FlatStyle implements EnvelopeStyle {

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
	public CodeCase defaultCodeCase() {
		return CodeCase.LOWER_SNAKE;
	}

}
