package io.github.errorenvelope.client.read;

import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorEnvelope;

import org.springframework.http.MediaType;

/**
 * Reads {@code nested-error}:
 * {@code {"error": {"code", "message", "details": {"field", "issue", "violations",
 * …extras}}, "request_id"}}.
 */
public final class NestedErrorReader implements EnvelopeReader {

	private static final Set<String> VIOLATION_MEMBERS = Set.of("field", "issue", "violations");

	@Override
	public String style() {
		return "nested-error";
	}

	@Override
	public boolean recognises(Map<String, Object> body, MediaType contentType) {
		Map<String, Object> error = Members.object(body, "error");
		return error != null && (error.containsKey("code") || error.containsKey("message"));
	}

	@Override
	public void read(Map<String, Object> body, ErrorEnvelope.Builder envelope) {
		Map<String, Object> error = Members.object(body, "error");
		envelope.code(Members.text(error, "code")).message(Members.text(error, "message"));
		envelope.requestId(Members.text(body, "request_id"));
		Map<String, Object> details = Members.object(error, "details");
		if (details == null) {
			return;
		}
		if (details.get("violations") instanceof java.util.List<?>) {
			Members.violations(Members.list(details, "violations"), "field", "issue", envelope);
		}
		else if (details.get("field") != null && details.get("issue") != null) {
			envelope.violation(Members.text(details, "field"), Members.text(details, "issue"));
		}
		Members.details(details, VIOLATION_MEMBERS, envelope);
	}

}
