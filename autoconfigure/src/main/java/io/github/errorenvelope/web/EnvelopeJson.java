package io.github.errorenvelope.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * Turns an {@link ApiError} into the bytes of its response, for any HTTP stack: renders
 * it with the active style and serializes the tree through a Spring JSON message
 * converter into memory (so a failure never leaves a half-written body), and knows the
 * response headers every envelope carries.
 */
public class EnvelopeJson {

	/** The challenge of a 401 that names none, unless configured otherwise. */
	public static final String DEFAULT_CHALLENGE = "Bearer";

	private static final MediaType JSON = MediaType.APPLICATION_JSON;

	private final HttpMessageConverter<Object> converter;

	private final EnvelopeStyle style;

	private final String requestIdHeader;

	private final String defaultChallenge;

	/**
	 * Create the serializer.
	 * @param converter the JSON converter that serializes body trees
	 * @param style the active style
	 * @param requestIdHeader the request-id header name
	 * @param defaultChallenge the {@code WWW-Authenticate} challenge of a 401 for which
	 * neither the error nor the response names one
	 */
	public EnvelopeJson(HttpMessageConverter<Object> converter, EnvelopeStyle style, String requestIdHeader,
			String defaultChallenge) {
		this.converter = converter;
		this.style = style;
		this.requestIdHeader = requestIdHeader;
		this.defaultChallenge = defaultChallenge;
	}

	/**
	 * Render and serialize an error.
	 * @param error the error
	 * @return the JSON bytes
	 * @throws IOException if serialization fails
	 */
	public byte[] serialize(ApiError error) throws IOException {
		return toJson(this.style.render(error));
	}

	/**
	 * Serialize a body tree to JSON.
	 * @param body the tree
	 * @return the bytes
	 * @throws IOException if serialization fails
	 */
	public byte[] toJson(Object body) throws IOException {
		BufferedMessage message = new BufferedMessage();
		this.converter.write(body, JSON, message);
		return message.bytes();
	}

	/** The content type of the active style's bodies. */
	public String contentType() {
		return this.style.contentType();
	}

	/** The header that carries the request id. */
	public String requestIdHeader() {
		return this.requestIdHeader;
	}

	/**
	 * The challenge a 401 carries when nothing else names one (RFC 9110 15.5.2 requires
	 * one).
	 */
	public String defaultChallenge() {
		return this.defaultChallenge;
	}

	/**
	 * The last-resort body when the envelope could not be produced as usual: the minimal
	 * 500 in the active style's shape when the style can still render it, else a fixed
	 * JSON body built without any pluggable code.
	 * @param minimal the minimal error (500, generic message, request id already known to
	 * be safe)
	 * @return the body and its content type
	 */
	public Rendered minimal(ApiError minimal) {
		try {
			return new Rendered(serialize(minimal), contentType());
		}
		catch (IOException | RuntimeException styleBroken) {
			String json = "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal server error.\"},"
					+ "\"request_id\":\"" + minimal.getRequestId() + "\"}";
			return new Rendered(json.getBytes(StandardCharsets.UTF_8), "application/json");
		}
	}

	/**
	 * A serialized body.
	 *
	 * @param body the bytes
	 * @param contentType their content type
	 */
	public record Rendered(byte[] body, String contentType) {
	}

	/**
	 * An in-memory {@link HttpOutputMessage}, so the converter never writes to the socket
	 * directly.
	 */
	private static final class BufferedMessage implements HttpOutputMessage {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);

		private final HttpHeaders headers = new HttpHeaders();

		@Override
		public OutputStream getBody() {
			return this.body;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		byte[] bytes() {
			return this.body.toByteArray();
		}

	}

}
