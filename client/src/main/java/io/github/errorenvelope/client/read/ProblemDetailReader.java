package io.github.errorenvelope.client.read;

import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorEnvelope;

import org.springframework.http.MediaType;

/**
 * Reads {@code problem-detail} (RFC 9457): {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, and the extensions {@code code}, {@code request_id},
 * {@code errors} (a JSON {@code pointer} or a {@code parameter}, and {@code detail});
 * other extension members are details. A {@code type} other than {@code about:blank} is
 * the view's type. Plain Spring {@code ProblemDetail} bodies are read too.
 */
public final class ProblemDetailReader implements EnvelopeReader {

	private static final Set<String> KNOWN = Set.of("type", "title", "status", "detail", "instance", "code",
			"request_id", "errors");

	@Override
	public String style() {
		return "problem-detail";
	}

	@Override
	public boolean recognises(Map<String, Object> body, MediaType contentType) {
		if (contentType != null && contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
			return true;
		}
		return body.get("status") instanceof Number && (body.containsKey("title") || body.containsKey("detail"));
	}

	@Override
	public void read(Map<String, Object> body, ErrorEnvelope.Builder envelope) {
		String type = Members.text(body, "type");
		String detail = Members.text(body, "detail");
		envelope.code(Members.text(body, "code"))
			.type("about:blank".equals(type) ? null : type)
			.message((detail != null) ? detail : Members.text(body, "title"))
			.requestId(Members.text(body, "request_id"));
		for (Object entry : Members.list(body, "errors")) {
			if (entry instanceof Map<?, ?> error) {
				Object pointer = error.get("pointer");
				Object field = (pointer != null) ? fieldOf(String.valueOf(pointer)) : error.get("parameter");
				if (field != null) {
					envelope.violation(String.valueOf(field), String.valueOf(error.get("detail")));
				}
			}
		}
		Members.details(body, KNOWN, envelope);
	}

	/**
	 * A JSON Pointer fragment back to a field path: {@code #/items/0/quantity} →
	 * {@code items[0].quantity}.
	 */
	static String fieldOf(String pointer) {
		String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
		if (path.isEmpty() || "/".equals(path)) {
			return "request";
		}
		StringBuilder field = new StringBuilder();
		for (String token : path.substring(path.startsWith("/") ? 1 : 0).split("/", -1)) {
			String name = token.replace("~1", "/").replace("~0", "~");
			if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
				field.append('[').append(name).append(']');
			}
			else {
				field.append((field.length() > 0) ? "." : "").append(name);
			}
		}
		return field.toString();
	}

}
