package io.github.errorenvelope.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.style.NestedErrorStyle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EnvelopeJson#write} hands the complete body over once, only after the style has
 * written all of it: small and large bodies alike, an application style that only renders
 * a tree, and failures (the style's, the serializer's, the consumer's) that the caller
 * hears about as they are.
 */
class EnvelopeJsonHandOverTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<String> handedOver = new ArrayList<>();

	private int consume(byte[] bytes, int offset, int length) {
		this.handedOver.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
		return length;
	}

	private EnvelopeJson json(EnvelopeStyle style) {
		return new EnvelopeJson(MAPPER, style, "x-request-id", EnvelopeJson.DEFAULT_CHALLENGE);
	}

	private static ApiError error(Object detail) {
		return ApiError.builder(404).code("NOT_FOUND").message("Gone.").detail("about", detail).requestId("r").build();
	}

	@Test
	void smallBodyHandedOverOnceAsTheTreeSerializesIt() throws IOException {
		ApiError error = error("7");
		int length = json(new NestedErrorStyle()).write(error, this::consume);
		String tree = MAPPER.writeValueAsString(new NestedErrorStyle().render(error));
		assertThat(this.handedOver).containsExactly(tree);
		assertThat(length).isEqualTo(tree.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void bodyLargerThanTheGeneratorsBufferHandedOverOnceAndWhole() throws IOException {
		ApiError error = error("x\u00e9".repeat(20_000));
		int length = json(new NestedErrorStyle()).write(error, this::consume);
		String tree = MAPPER.writeValueAsString(new NestedErrorStyle().render(error));
		assertThat(this.handedOver).containsExactly(tree);
		assertThat(length).isEqualTo(tree.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(40_000);
	}

	@Test
	void applicationStyleThatOnlyRendersATree() throws IOException {
		EnvelopeStyle style = (error) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("failure", error.getCode());
			body.put("data", null);
			return body;
		};
		json(style).write(error("7"), this::consume);
		assertThat(this.handedOver).containsExactly("{\"failure\":\"NOT_FOUND\",\"data\":null}");
	}

	@Test
	void consumersOwnFailureReachesTheCallerAsItIs() {
		IOException gone = new IOException("client gone");
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> json(new NestedErrorStyle()).write(error("7"), (bytes, offset, length) -> {
				throw gone;
			}))
			.isSameAs(gone);
	}

	@Test
	void detailTheMapperCannotWriteHandsNothingOver() {
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> json(new NestedErrorStyle()).write(error(new Unwritable()), this::consume))
			.withMessage("Error envelope could not be serialized");
		assertThat(this.handedOver).isEmpty();
	}

	@Test
	void styleFailingHalfWayHandsNothingOver() {
		EnvelopeStyle style = new EnvelopeStyle() {

			@Override
			public Object render(ApiError error) {
				throw new UnsupportedOperationException();
			}

			@Override
			public void write(ApiError error, tools.jackson.core.JsonGenerator generator) {
				generator.writeStartObject();
				generator.writeName("half");
				throw new IllegalStateException("style broken");
			}

		};
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> json(style).write(error("7"), this::consume))
			.withMessage("style broken");
		assertThat(this.handedOver).isEmpty();
	}

	/** A detail value whose getter fails while the mapper writes it. */
	static final class Unwritable {

		public String getValue() {
			throw new IllegalStateException("not serializable");
		}

	}

}
