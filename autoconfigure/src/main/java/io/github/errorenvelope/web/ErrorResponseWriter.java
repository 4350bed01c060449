package io.github.errorenvelope.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * The one writer: renders an {@link ApiError} with the active style, serializes the tree through a
 * Spring JSON message converter into memory first (so a failure never leaves a half-written body),
 * then sets status, headers ({@code x-request-id}, {@code Allow}, {@code Retry-After}, a 401's
 * {@code WWW-Authenticate}, …), content type and body in one go.
 */
public class ErrorResponseWriter {

	private static final MediaType JSON = MediaType.APPLICATION_JSON;

	private final HttpMessageConverter<Object> converter;

	private final EnvelopeStyle style;

	/** The challenge of a 401 that names none, unless configured otherwise. */
	public static final String DEFAULT_CHALLENGE = "Bearer";

	private final String requestIdHeader;

	private final String defaultChallenge;

	/**
	 * Create the writer with the {@linkplain #DEFAULT_CHALLENGE default challenge}.
	 * @param converter the JSON converter that serializes body trees
	 * @param style the active style
	 * @param requestIdHeader the request-id header name
	 */
	public ErrorResponseWriter(HttpMessageConverter<Object> converter, EnvelopeStyle style, String requestIdHeader) {
		this(converter, style, requestIdHeader, DEFAULT_CHALLENGE);
	}

	/**
	 * Create the writer.
	 * @param converter the JSON converter that serializes body trees
	 * @param style the active style
	 * @param requestIdHeader the request-id header name
	 * @param defaultChallenge the {@code WWW-Authenticate} challenge of a 401 for which neither the
	 * error nor the response names one
	 */
	public ErrorResponseWriter(HttpMessageConverter<Object> converter, EnvelopeStyle style, String requestIdHeader,
			String defaultChallenge) {
		this.converter = converter;
		this.style = style;
		this.requestIdHeader = requestIdHeader;
		this.defaultChallenge = defaultChallenge;
	}

	/**
	 * Render and serialize an error without touching any response.
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

	/**
	 * Write an error as the response. Nothing is written when the response is already committed.
	 * @param error the error
	 * @param response the response
	 * @return {@code false} when the response was already committed
	 * @throws IOException if rendering, serialization or writing fails (the response is untouched
	 * unless writing itself failed)
	 */
	public boolean write(ApiError error, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return false;
		}
		byte[] body = serialize(error);
		send(response, error.getStatus(), this.style.contentType(), error.getHeaders(), error.getRequestId(), body);
		return true;
	}

	/**
	 * The last-resort answer when the envelope could not be produced as usual: the minimal 500 in the
	 * active style's shape when the style can still render it, else a fixed JSON body built without
	 * any pluggable code. Nothing is written when the response is already committed.
	 * @param minimal the minimal error (500, generic message, request id already known to be safe)
	 * @param response the response
	 * @throws IOException if writing fails
	 */
	public void writeMinimal(ApiError minimal, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		byte[] body;
		String contentType;
		try {
			body = serialize(minimal);
			contentType = this.style.contentType();
		}
		catch (IOException | RuntimeException styleBroken) {
			body = ("{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal server error.\"},"
					+ "\"request_id\":\"" + minimal.getRequestId() + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			contentType = "application/json";
		}
		send(response, 500, contentType, Map.of(), minimal.getRequestId(), body);
	}

	private void send(HttpServletResponse response, int status, String contentType, Map<String, String> headers,
			String requestId, byte[] body) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		for (Map.Entry<String, String> header : headers.entrySet()) {
			response.setHeader(header.getKey(), header.getValue());
		}
		if (requestId != null) {
			response.setHeader(this.requestIdHeader, requestId);
		}
		if (status == 401 && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			// RFC 9110 15.5.2: a 401 must carry at least one challenge
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, this.defaultChallenge);
		}
		response.setContentType(contentType);
		response.setContentLength(body.length);
		try {
			OutputStream out = response.getOutputStream();
			out.write(body);
			out.flush();
		}
		catch (IllegalStateException writerInUse) {
			// the application already asked for the writer; the body is UTF-8 JSON either way
			response.getWriter().write(new String(body, StandardCharsets.UTF_8));
			response.getWriter().flush();
		}
	}

	/** An in-memory {@link HttpOutputMessage}, so the converter never writes to the socket directly. */
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
