package io.github.errorenvelope.client.read;

import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorEnvelope;

import org.springframework.http.MediaType;

/**
 * Reads {@code flat}: {@code message}, {@code type}, {@code code}, {@code param},
 * {@code request_id} and {@code errors} (each {@code param} + {@code message}); other
 * top-level members are details.
 */
public final class FlatReader implements EnvelopeReader {

	private static final Set<String> KNOWN = Set.of("message", "type", "code", "param", "request_id", "errors");

	@Override
	public String style() {
		return "flat";
	}

	@Override
	public boolean recognises(Map<String, Object> body, MediaType contentType) {
		return body.containsKey("code") && body.containsKey("message") && Members.object(body, "error") == null;
	}

	@Override
	public void read(Map<String, Object> body, ErrorEnvelope.Builder envelope) {
		envelope.code(Members.text(body, "code"))
			.type(Members.text(body, "type"))
			.message(Members.text(body, "message"))
			.requestId(Members.text(body, "request_id"));
		Members.violations(Members.list(body, "errors"), "param", "message", envelope);
		Members.details(body, KNOWN, envelope);
	}

}
