package io.github.errorenvelope.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers for whole-body assertions. */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/** Compact JSON with the member order of the input, so bodies compare exactly. */
	public static String normalize(String json) {
		return MAPPER.writeValueAsString(MAPPER.readTree(json));
	}

	public static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

}
