package io.github.errorenvelope.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.style.BuiltInStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EnvelopeJson} writes a style's body straight to the application mapper's
 * generator, and the body is still what that mapper makes of the style's tree: plain,
 * pretty-printed, with map members sorted, with {@code null} map values left out, with
 * single-element lists unwrapped, or with its own serializer for strings.
 */
class EnvelopeJsonMapperConfigurationTest {

	private static final ApiError ERROR = ApiError.builder(400)
		.code(null)
		.type("validation")
		.message("Invalid.")
		.violation(new FieldViolation("email", "must be a well-formed email address", "Email", "x",
				FieldViolation.Location.BODY))
		.detail("limit", 3)
		.requestId(null)
		.path("/signup")
		.build();

	private static final ApiError CODED = ApiError.builder(404)
		.code("ORDER_NOT_FOUND")
		.message("Order 7 does not exist.")
		.detail("order_id", "7")
		.requestId("r-1")
		.path("/orders/7")
		.build();

	@ParameterizedTest
	@EnumSource(BuiltInStyle.class)
	void plainMapper(BuiltInStyle style) throws Exception {
		assertSameAsTree(style, UnaryOperator.identity());
	}

	@ParameterizedTest
	@EnumSource(BuiltInStyle.class)
	void prettyPrinted(BuiltInStyle style) throws Exception {
		String body = assertSameAsTree(style, (builder) -> builder.enable(SerializationFeature.INDENT_OUTPUT));
		assertThat(body).contains("\n");
	}

	@ParameterizedTest
	@EnumSource(BuiltInStyle.class)
	void mapMembersSorted(BuiltInStyle style) throws Exception {
		assertSameAsTree(style, (builder) -> builder.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS));
	}

	@ParameterizedTest
	@EnumSource(BuiltInStyle.class)
	void nullMapValuesLeftOut(BuiltInStyle style) throws Exception {
		String body = assertSameAsTree(style, (builder) -> builder.changeDefaultPropertyInclusion(
				(inclusion) -> inclusion.withContentInclusion(JsonInclude.Include.NON_NULL)));
		assertThat(body).doesNotContain("null");
	}

	@ParameterizedTest
	@EnumSource(BuiltInStyle.class)
	void singleElementListsUnwrapped(BuiltInStyle style) throws Exception {
		assertSameAsTree(style, (builder) -> builder.enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED));
	}

	@ParameterizedTest
	@EnumSource(BuiltInStyle.class)
	void stringsWithTheApplicationsOwnSerializer(BuiltInStyle style) throws Exception {
		SimpleModule shouting = new SimpleModule().addSerializer(String.class, new StdSerializer<String>(String.class) {
			@Override
			public void serialize(String value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(value.toUpperCase(Locale.ROOT));
			}
		});
		String body = assertSameAsTree(style, (builder) -> builder.addModule(shouting));
		assertThat(body).contains("INVALID.");
	}

	private static String assertSameAsTree(BuiltInStyle builtIn, UnaryOperator<JsonMapper.Builder> configuration)
			throws Exception {
		JsonMapper mapper = configuration.apply(JsonMapper.builder()).build();
		EnvelopeStyle style = builtIn.create(true, "https://errors.example.com/");
		EnvelopeJson json = new EnvelopeJson(mapper, style, "x-request-id", EnvelopeJson.DEFAULT_CHALLENGE);
		String body = null;
		for (ApiError error : new ApiError[] { CODED, ERROR }) {
			byte[] tree = mapper.writeValueAsBytes(style.render(error));
			assertThat(json.serialize(error)).asString(StandardCharsets.UTF_8)
				.isEqualTo(new String(tree, StandardCharsets.UTF_8));
			assertThat(json.buffer(error).toByteArray()).isEqualTo(tree);
			body = new String(tree, StandardCharsets.UTF_8);
		}
		return body;
	}

}
