package io.github.errorenvelope.client;

import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.ViolationSentences;
import io.github.errorenvelope.style.BuiltInStyle;
import io.github.errorenvelope.style.CodeFormatter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Bodies rendered by the server-side styles themselves, as a server with the starter
 * would send them.
 */
final class Rendered {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Rendered() {
	}

	static EnvelopeStyle style(String name) {
		return BuiltInStyle.valueOf(name.toUpperCase().replace('-', '_')).create(true, null);
	}

	/**
	 * The body a server in the given style writes for the error (default message and code
	 * finished as the server finishes them).
	 */
	static String body(String styleName, ApiError error) {
		EnvelopeStyle style = style(styleName);
		CodeFormatter codes = new CodeFormatter(Map.of(), null, style);
		ApiError.Builder finished = error.toBuilder().code(codes.format(error.getCode()));
		ViolationSentences.complete(finished);
		return JSON.writeValueAsString(style.render(finished.build()));
	}

	static HttpHeaders headers(String styleName, String requestId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(style(styleName).contentType()));
		headers.set("x-request-id", requestId);
		return headers;
	}

}
