package io.github.errorenvelope.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The one servlet writer: renders and serializes an {@link ApiError} in memory first with
 * {@link EnvelopeJson} (so a failure never leaves a half-written body), then, from the
 * serializer's buffer, sets status, headers ({@code x-request-id}, {@code Allow},
 * {@code Retry-After}, a 401's {@code WWW-Authenticate}, …), content type and body in one
 * go.
 */
public class ErrorResponseWriter {

	private final EnvelopeJson json;

	/**
	 * Create the writer with the {@linkplain EnvelopeJson#DEFAULT_CHALLENGE default
	 * challenge}.
	 * @param mapper the application's JSON mapper, which serializes body trees
	 * @param style the active style
	 * @param requestIdHeader the request-id header name
	 */
	public ErrorResponseWriter(JsonMapper mapper, EnvelopeStyle style, String requestIdHeader) {
		this(mapper, style, requestIdHeader, EnvelopeJson.DEFAULT_CHALLENGE);
	}

	/**
	 * Create the writer.
	 * @param mapper the application's JSON mapper, which serializes body trees
	 * @param style the active style
	 * @param requestIdHeader the request-id header name
	 * @param defaultChallenge the {@code WWW-Authenticate} challenge of a 401 for which
	 * neither the error nor the response names one
	 */
	public ErrorResponseWriter(JsonMapper mapper, EnvelopeStyle style, String requestIdHeader,
			String defaultChallenge) {
		this.json = new EnvelopeJson(mapper, style, requestIdHeader, defaultChallenge);
	}

	/**
	 * Render and serialize an error without touching any response.
	 * @param error the error
	 * @return the complete JSON body
	 * @throws IOException if serialization fails
	 */
	public EnvelopeJson.Body serialize(ApiError error) throws IOException {
		return this.json.buffer(error);
	}

	/**
	 * Render and serialize an error without touching any response, and hand the complete
	 * body to a consumer the way {@link #write(ApiError, HttpServletResponse)} hands it
	 * to the response.
	 * @param error the error
	 * @param consumer what sends the body; its bytes are only valid during the call
	 * @return the body's length
	 * @throws IOException if serialization fails, or the consumer's own failure
	 */
	public int serialize(ApiError error, EnvelopeJson.BodyConsumer consumer) throws IOException {
		return this.json.write(error, consumer);
	}

	/**
	 * Serialize a body tree to JSON.
	 * @param body the tree
	 * @return the bytes
	 * @throws IOException if serialization fails
	 */
	public byte[] toJson(Object body) throws IOException {
		return this.json.toJson(body);
	}

	/**
	 * Write an error as the response. Nothing is written when the response is already
	 * committed.
	 * @param error the error
	 * @param response the response
	 * @return {@code false} when the response was already committed
	 * @throws IOException if rendering, serialization or writing fails (the response is
	 * untouched unless writing itself failed)
	 */
	public boolean write(ApiError error, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return false;
		}
		this.json.write(error, (bytes, offset, length) -> send(response, error.getStatus(), this.json.contentType(),
				error.getHeaders(), error.getRequestId(), bytes, offset, length));
		return true;
	}

	/**
	 * The last-resort answer when the envelope could not be produced as usual: the
	 * minimal 500 in the active style's shape when the style can still render it, else a
	 * fixed JSON body built without any pluggable code. Nothing is written when the
	 * response is already committed.
	 * @param minimal the minimal error (500, generic message, request id already known to
	 * be safe)
	 * @param response the response
	 * @throws IOException if writing fails
	 */
	public void writeMinimal(ApiError minimal, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		EnvelopeJson.Rendered rendered = this.json.minimal(minimal);
		send(response, 500, rendered.contentType(), Map.of(), minimal.getRequestId(), rendered.body(), 0,
				rendered.body().length);
	}

	private void send(HttpServletResponse response, int status, String contentType, Map<String, String> headers,
			@Nullable String requestId, byte[] body, int offset, int length) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		for (Map.Entry<String, String> header : headers.entrySet()) {
			response.setHeader(header.getKey(), header.getValue());
		}
		if (requestId != null) {
			response.setHeader(this.json.requestIdHeader(), requestId);
		}
		if (status == 401 && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			// RFC 9110 15.5.2: a 401 must carry at least one challenge
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, this.json.defaultChallenge());
		}
		response.setContentType(contentType);
		response.setContentLength(length);
		try {
			OutputStream out = response.getOutputStream();
			out.write(body, offset, length);
			out.flush();
		}
		catch (IllegalStateException writerInUse) {
			// the application already asked for the writer; the body is UTF-8 JSON either
			// way
			response.getWriter().write(new String(body, offset, length, StandardCharsets.UTF_8));
			response.getWriter().flush();
		}
	}

}
