package io.github.errorenvelope.client.read;

import java.util.List;
import java.util.Map;

import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorEnvelope;

import org.springframework.http.MediaType;

/**
 * Reads {@code claid}: {@code error_code}, {@code error_type}, {@code error_message} and
 * {@code error_details}. In {@code error_details} a field's messages and an extra detail
 * share one object; a list of strings is read as a field's violations when the error is a
 * validation error or its message names that field ({@code "field: message."}), else as a
 * detail.
 */
public final class ClaidReader implements EnvelopeReader {

	@Override
	public String style() {
		return "claid";
	}

	@Override
	public boolean recognises(Map<String, Object> body, MediaType contentType) {
		return body.containsKey("error_code") || (body.containsKey("error_message") && body.containsKey("error_type"));
	}

	@Override
	public void read(Map<String, Object> body, ErrorEnvelope.Builder envelope) {
		String type = Members.text(body, "error_type");
		String message = Members.text(body, "error_message");
		envelope.code(Members.text(body, "error_code")).type(type).message(message);
		Map<String, Object> details = Members.object(body, "error_details");
		if (details == null) {
			return;
		}
		for (Map.Entry<String, Object> member : details.entrySet()) {
			if (Members.isMessageList(member.getValue())
					&& ("validation".equals(type) || (message != null && message.contains(member.getKey() + ": ")))) {
				for (Object text : (List<?>) member.getValue()) {
					envelope.violation(member.getKey(), (String) text);
				}
			}
			else {
				envelope.detail(member.getKey(), member.getValue());
			}
		}
	}

}
