package io.github.errorenvelope.client;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.client.read.BuiltInReaders;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Turns an error response (status, headers, body) into an {@link ErrorEnvelope}, whatever
 * style the server used: the configured style first, then every known shape in turn.
 * Never throws: a body that is no envelope (HTML, plain text, empty, broken JSON) gives a
 * view with the status and the raw body.
 */
public final class ErrorEnvelopeDecoder {

	/** The request-id header the server-side starter uses by default. */
	public static final String DEFAULT_REQUEST_ID_HEADER = "x-request-id";

	private final List<EnvelopeReader> readers;

	private final String preferredStyle;

	private final String requestIdHeader;

	private final JsonTreeReader json;

	private final Clock clock;

	/**
	 * Create a decoder.
	 * @param customReaders readers of custom styles, asked before the built-in ones
	 * @param preferredStyle the style to try first (e.g. {@code nested-error}), or
	 * {@code null} to recognise it from the body
	 * @param requestIdHeader the response header that carries the request id
	 * @param json the JSON parser
	 * @param clock the clock {@code Retry-After} dates are measured against
	 */
	public ErrorEnvelopeDecoder(List<EnvelopeReader> customReaders, String preferredStyle, String requestIdHeader,
			JsonTreeReader json, Clock clock) {
		this.readers = new ArrayList<>(customReaders);
		this.readers.addAll(BuiltInReaders.all());
		this.preferredStyle = preferredStyle;
		this.requestIdHeader = requestIdHeader;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A decoder that recognises the style from the body, with the default request-id
	 * header.
	 * @return the decoder
	 */
	public static ErrorEnvelopeDecoder create() {
		return new ErrorEnvelopeDecoder(List.of(), null, DEFAULT_REQUEST_ID_HEADER, new JacksonJsonTreeReader(),
				Clock.systemUTC());
	}

	/** The header the request id is read from (and, when forwarding, written to). */
	public String getRequestIdHeader() {
		return this.requestIdHeader;
	}

	/**
	 * Decode a response.
	 * @param status the HTTP status code
	 * @param headers the response headers
	 * @param body the body bytes (may be {@code null} or empty)
	 * @return the view, never {@code null}
	 */
	public ErrorEnvelope decode(int status, HttpHeaders headers, byte[] body) {
		Charset charset = charsetOf(headers);
		return decode(status, headers, (body != null) ? new String(body, charset) : "");
	}

	/**
	 * Decode a response whose body is already text.
	 * @param status the HTTP status code
	 * @param headers the response headers
	 * @param body the body text (may be {@code null})
	 * @return the view, never {@code null}
	 */
	public ErrorEnvelope decode(int status, HttpHeaders headers, String body) {
		HttpHeaders safeHeaders = (headers != null) ? headers : new HttpHeaders();
		String text = (body != null) ? body : "";
		ErrorEnvelope.Builder envelope = ErrorEnvelope.builder(status).rawBody(text).headers(safeHeaders);
		Map<String, Object> tree = parseObject(text);
		EnvelopeReader reader = (tree != null) ? readerFor(tree, contentTypeOf(safeHeaders)) : null;
		if (reader != null) {
			try {
				reader.read(tree, envelope);
				envelope.style(reader.style());
			}
			catch (RuntimeException ex) {
				// a body that only looked like the style: keep what was read, never fail
				// the caller
				envelope.style(reader.style());
			}
		}
		if (envelope.getRequestId() == null) {
			envelope.requestId(safeHeaders.getFirst(this.requestIdHeader));
		}
		envelope.retryAfter(retryAfter(safeHeaders, tree, envelope));
		return envelope.build();
	}

	private Duration retryAfter(HttpHeaders headers, Map<String, Object> tree, ErrorEnvelope.Builder envelope) {
		Duration fromHeader = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), this.clock);
		if (fromHeader != null || tree == null) {
			return fromHeader;
		}
		Object detail = envelope.getDetail("retry_after");
		return (detail instanceof Number seconds) ? Duration.ofSeconds(seconds.longValue()) : null;
	}

	private EnvelopeReader readerFor(Map<String, Object> tree, MediaType contentType) {
		if (this.preferredStyle != null) {
			for (EnvelopeReader reader : this.readers) {
				if (reader.style().equals(this.preferredStyle) && reader.recognises(tree, contentType)) {
					return reader;
				}
			}
		}
		for (EnvelopeReader reader : this.readers) {
			if (reader.recognises(tree, contentType)) {
				return reader;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> parseObject(String text) {
		String trimmed = text.strip();
		if (!trimmed.startsWith("{")) {
			return null;
		}
		try {
			Object tree = this.json.read(trimmed);
			return (tree instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static MediaType contentTypeOf(HttpHeaders headers) {
		try {
			return headers.getContentType();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Charset charsetOf(HttpHeaders headers) {
		MediaType contentType = (headers != null) ? contentTypeOf(headers) : null;
		Charset charset = (contentType != null) ? contentType.getCharset() : null;
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

}
