package io.github.errorenvelope.client;

import java.nio.charset.Charset;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClientResponseException;

/**
 * An error response from {@code RestClient}, {@code RestTemplate} or an
 * {@code @HttpExchange} proxy, decoded: a {@link RestClientResponseException}, so
 * existing {@code catch} blocks keep working, that also carries the typed
 * {@link ErrorEnvelope} (also for bodies that are not envelopes).
 */
public class ErrorEnvelopeResponseException extends RestClientResponseException {

	private final transient ErrorEnvelope envelope;

	/**
	 * Create the exception.
	 * @param envelope the decoded response
	 * @param statusCode the status
	 * @param statusText the status text
	 * @param headers the response headers
	 * @param body the response body
	 * @param charset the body charset, or {@code null}
	 */
	public ErrorEnvelopeResponseException(ErrorEnvelope envelope, HttpStatusCode statusCode, String statusText,
			HttpHeaders headers, byte[] body, Charset charset) {
		super(ErrorEnvelopes.describe(envelope), statusCode, statusText, headers, body, charset);
		this.envelope = envelope;
	}

	/** The decoded error response. */
	public ErrorEnvelope getEnvelope() {
		return this.envelope;
	}

}
