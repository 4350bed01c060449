package io.github.errorenvelope.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.EnvelopeStyle;

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
