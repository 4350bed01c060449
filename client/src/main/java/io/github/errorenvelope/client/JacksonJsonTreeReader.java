package io.github.errorenvelope.client;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link JsonTreeReader} on Jackson 3, the JSON library of Spring's HTTP message
 * converters.
 */
public final class JacksonJsonTreeReader implements JsonTreeReader {

	private final JsonMapper mapper;

	/** Create a reader with a default {@link JsonMapper}. */
	public JacksonJsonTreeReader() {
		this(JsonMapper.builder().build());
	}

	/**
	 * Create a reader with the given mapper.
	 * @param mapper the mapper
	 */
	public JacksonJsonTreeReader(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Object read(String json) {
		return this.mapper.readValue(json, Object.class);
	}

}
