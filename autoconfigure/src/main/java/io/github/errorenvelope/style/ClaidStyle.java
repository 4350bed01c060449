package io.github.errorenvelope.style;

import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code claid} style: {@code error_code}, {@code error_type}, {@code error_message}
 * and {@code error_details} (field → messages, {@code {}} when there are none; extra
 * details are members of it). Codes are written as-is by default.
 */
public final class ClaidStyle implements EnvelopeStyle {

	@Override
	public Object render(ApiError error) {
		Map<String, Object> body = Members.object(4);
		body.put("error_code", error.getCode());
		body.put("error_type", error.getType());
		body.put("error_message", error.getMessage());
		Map<String, Object> details = Members.messagesByField(error);
		Members.addDetails(details, error);
		body.put("error_details", details);
		return body;
	}

	@Override
	public void write(ApiError error, JsonGenerator generator) {
		generator.writeStartObject();
		generator.writeStringProperty("error_code", error.getCode());
		generator.writeStringProperty("error_type", error.getType());
		generator.writeStringProperty("error_message", error.getMessage());
		generator.writeName("error_details");
		generator.writeStartObject();
		if (error.getViolations().isEmpty()) {
			GeneratorMembers.details(generator, error, GeneratorMembers.NONE, null, null);
		}
		else {
			Map<String, Object> grouped = Members.messagesByField(error);
			grouped.forEach((field, messages) -> {
				generator.writeName(field);
				GeneratorMembers.messages(generator, (List<?>) messages);
			});
			error.getDetails().forEach((name, value) -> {
				if (!grouped.containsKey(name)) {
					generator.writeName(name);
					generator.writePOJO(value);
				}
			});
		}
		generator.writeEndObject();
		generator.writeEndObject();
	}

}
