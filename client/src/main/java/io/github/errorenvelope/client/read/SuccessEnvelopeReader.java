package io.github.errorenvelope.client.read;

import java.util.List;
import java.util.Map;

import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorEnvelope;

import org.springframework.http.MediaType;

/**
 * Reads {@code success-envelope}: {@code {"data": null, "success": false, "message",
 * "errors": [{…}]}}. A non-validation error is one entry {@code {"<code>":
 * ["<message>"]}} repeating the top-level message; anything else is field → messages, one
 * entry per field. Members of the first entry that are not message lists are extra
 * details.
 */
public final class SuccessEnvelopeReader implements EnvelopeReader {

	@Override
	public String style() {
		return "success-envelope";
	}

	@Override
	public boolean recognises(Map<String, Object> body, MediaType contentType) {
		return Boolean.FALSE.equals(body.get("success")) && body.get("errors") instanceof List<?>;
	}

	@Override
	public void read(Map<String, Object> body, ErrorEnvelope.Builder envelope) {
		String message = Members.text(body, "message");
		envelope.message(message);
		List<Object> errors = Members.list(body, "errors");
		String code = codeOf(errors, message);
		envelope.code(code);
		for (Object entry : errors) {
			if (!(entry instanceof Map<?, ?> map)) {
				continue;
			}
			for (Map.Entry<?, ?> member : map.entrySet()) {
				String name = String.valueOf(member.getKey());
				if (name.equals(code)) {
					continue;
				}
				if (code == null && Members.isMessageList(member.getValue())) {
					for (Object text : (List<?>) member.getValue()) {
						envelope.violation(name, (String) text);
					}
				}
				else {
					envelope.detail(name, member.getValue());
				}
			}
		}
	}

	/**
	 * The code when the errors are the single "code → [message]" entry of a
	 * non-validation error.
	 */
	private static String codeOf(List<Object> errors, String message) {
		if (errors.size() != 1 || !(errors.get(0) instanceof Map<?, ?> entry)) {
			return null;
		}
		for (Map.Entry<?, ?> member : entry.entrySet()) {
			if (member.getValue() instanceof List<?> messages && messages.size() == 1 && messages.get(0).equals(message)
					&& !message.startsWith(member.getKey() + ": ")) {
				return String.valueOf(member.getKey());
			}
		}
		return null;
	}

}
