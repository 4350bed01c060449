package io.github.errorenvelope.style;

import java.io.StringWriter;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes a style's body straight to a generator of a mapper, as the writers do. */
final class Streamed {

	private Streamed() {
	}

	static String write(JsonMapper mapper, EnvelopeStyle style, ApiError error) {
		StringWriter out = new StringWriter();
		try (JsonGenerator generator = mapper.writer().createGenerator(out)) {
			style.write(error, generator);
		}
		return out.toString();
	}

}
