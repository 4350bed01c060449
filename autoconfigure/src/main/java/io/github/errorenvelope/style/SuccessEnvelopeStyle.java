package io.github.errorenvelope.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.EnvelopeStyle;
import tools.jackson.core.JsonGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The {@code success-envelope} style: every response, success or error, is
 * {@code {"data", "success", "message"}}; errors add {@code errors}, a list of single-key
 * objects (field → messages for validation, code → message otherwise; extra details are
 * members of the first entry). Codes are lower_snake by default.
 */
public final class SuccessEnvelopeStyle implements EnvelopeStyle {

	private final boolean wrapSuccess;

	/**
	 * Create the style.
	 * @param wrapSuccess whether successful JSON responses are wrapped in the envelope
	 * too
	 */
	public SuccessEnvelopeStyle(boolean wrapSuccess) {
		this.wrapSuccess = wrapSuccess;
	}

	@Override
	public Object render(ApiError error) {
		Map<String, Object> body = Members.object(4);
		body.put("data", null);
		body.put("success", false);
		body.put("message", error.getMessage());
		List<Object> errors = new ArrayList<>(Math.max(1, error.getViolations().size()));
		if (error.getViolations().isEmpty()) {
			Map<String, Object> entry = Members.object(Members.withDetails(1, error));
			entry.put(error.getCode(), List.of(error.getMessage()));
			errors.add(entry);
		}
		else {
			for (Map.Entry<String, Object> field : Members.messagesByField(error).entrySet()) {
				Map<String, Object> entry = Members.object(Members.withDetails(1, error));
				entry.put(field.getKey(), field.getValue());
				errors.add(entry);
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> first = (Map<String, Object>) errors.get(0);
		Members.addDetails(first, error);
		body.put("errors", errors);
		return body;
	}

	@Override
	public void write(ApiError error, JsonGenerator generator) {
		String code = error.getCode();
		String message = error.getMessage();
		if (error.getViolations().isEmpty() && (code == null || message == null)) {
			// the tree cannot hold them either (a null key, a list of null): it fails the
			// same way
			EnvelopeStyle.super.write(error, generator);
			return;
		}
		generator.writeStartObject();
		generator.writeName(SuccessBody.DATA);
		generator.writeNull();
		generator.writeBooleanProperty(SuccessBody.SUCCESS, false);
		generator.writeStringProperty(SuccessBody.MESSAGE, message);
		generator.writeName("errors");
		generator.writeStartArray();
		if (error.getViolations().isEmpty()) {
			generator.writeStartObject();
			generator.writeName(code);
			generator.writeStartArray();
			generator.writeString(message);
			generator.writeEndArray();
			GeneratorMembers.details(generator, error, GeneratorMembers.NONE, code, null);
			generator.writeEndObject();
		}
		else {
			boolean first = true;
			for (Map.Entry<String, Object> field : Members.messagesByField(error).entrySet()) {
				generator.writeStartObject();
				generator.writeName(field.getKey());
				GeneratorMembers.messages(generator, (List<?>) field.getValue());
				if (first) {
					GeneratorMembers.details(generator, error, GeneratorMembers.NONE, field.getKey(), null);
					first = false;
				}
				generator.writeEndObject();
			}
		}
		generator.writeEndArray();
		generator.writeEndObject();
	}

	@Override
	public CodeCase defaultCodeCase() {
		return CodeCase.LOWER_SNAKE;
	}

	@Override
	public Object wrapSuccess(@Nullable Object data) {
		return new SuccessBody(data);
	}

	@Override
	public boolean wrapsSuccess() {
		return this.wrapSuccess;
	}

}
