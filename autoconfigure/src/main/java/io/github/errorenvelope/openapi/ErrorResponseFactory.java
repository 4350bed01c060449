package io.github.errorenvelope.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.errorenvelope.ApiError;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springframework.http.HttpStatus;

/**
 * Builds the documented error response of one status: the envelope schema, one example
 * per code as the active style renders it, and the headers the response carries (the
 * request id, and headers such as {@code Retry-After} that
 * {@code @ErrorDetail(header = …)} members set).
 */
final class ErrorResponseFactory {

	private final ErrorSamples samples;

	private final String requestIdHeader;

	ErrorResponseFactory(ErrorSamples samples, String requestIdHeader) {
		this.samples = samples;
		this.requestIdHeader = requestIdHeader;
	}

	/**
	 * The response for one status.
	 * @param status the status
	 * @param errors the finished sample errors of that status, one per code
	 * @param version the document's OpenAPI version
	 * @return the response
	 */
	ApiResponse create(int status, List<ApiError> errors, SpecVersion version) {
		SchemaFactory schemas = new SchemaFactory(version);
		MediaType media = new MediaType().schema(schemas.ref(EnvelopeSchemas.ENVELOPE));
		Map<String, Header> headers = new LinkedHashMap<>();
		for (ApiError error : errors) {
			Example example = new Example().summary(String.valueOf(error.getCode()))
				.value(toNode(this.samples.render(error)));
			media.addExamples(exampleName(media, error), example);
			for (String header : error.getHeaders().keySet()) {
				headers.computeIfAbsent(header,
						name -> new Header().description("Set by the error's `" + name + "` detail.")
							.schema(schemas.typed("string")));
			}
		}
		HttpStatus known = HttpStatus.resolve(status);
		String codes = errors.stream()
			.map(error -> "`" + error.getCode() + "`")
			.distinct()
			.collect(Collectors.joining(", "));
		ApiResponse response = new ApiResponse()
			.description(((known != null) ? known.getReasonPhrase() : "Error") + ": " + codes)
			.content(new Content().addMediaType(this.samples.style().contentType(), media));
		response.addHeaderObject(this.requestIdHeader, requestIdHeader(version));
		headers.forEach(response::addHeaderObject);
		return response;
	}

	/** The request-id header every response carries. */
	Header requestIdHeader(SpecVersion version) {
		return new Header().description("The request id (echoed when the client sent a valid one, else generated).")
			.schema(new SchemaFactory(version).typed("string"));
	}

	private static String exampleName(MediaType media, ApiError error) {
		String name = String.valueOf(error.getCode());
		int suffix = 2;
		while (media.getExamples() != null && media.getExamples().containsKey(name)) {
			name = error.getCode() + "_" + suffix++;
		}
		return name;
	}

	/**
	 * The body as a JSON tree, so null members (e.g. {@code "data": null}) survive the
	 * document's serializer, which leaves out nulls of plain maps.
	 */
	private static JsonNode toNode(Object value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (value instanceof Map<?, ?> map) {
			ObjectNode object = nodes.objectNode();
			map.forEach((key, member) -> object.set(String.valueOf(key), toNode(member)));
			return object;
		}
		if (value instanceof List<?> list) {
			ArrayNode array = nodes.arrayNode();
			list.forEach(element -> array.add(toNode(element)));
			return array;
		}
		if (value == null) {
			return nodes.nullNode();
		}
		if (value instanceof Boolean bool) {
			return nodes.booleanNode(bool);
		}
		if (value instanceof Integer number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Long number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Double number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Number number) {
			return nodes.numberNode(new java.math.BigDecimal(number.toString()));
		}
		return nodes.textNode(String.valueOf(value));
	}

}
