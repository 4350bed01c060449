package io.github.errorenvelope.client.webclient;

import java.nio.charset.Charset;

import io.github.errorenvelope.client.ErrorEnvelope;
import io.github.errorenvelope.client.ErrorEnvelopes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * An error response from {@code WebClient}, decoded: a
 * {@link WebClientResponseException}, so existing error handling keeps working, that also
 * carries the typed {@link ErrorEnvelope}.
 */
public class ErrorEnvelopeWebClientException extends WebClientResponseException
		implements ErrorEnvelopes.EnvelopeCarrier {

	private final transient ErrorEnvelope envelope;

	/**
	 * Create the exception.
	 * @param envelope the decoded response
	 * @param statusCode the status
	 * @param statusText the status text
	 * @param headers the response headers
	 * @param body the response body
	 * @param charset the body charset, or {@code null}
	 * @param request the request, or {@code null}
	 */
	public ErrorEnvelopeWebClientException(ErrorEnvelope envelope, HttpStatusCode statusCode, String statusText,
			HttpHeaders headers, byte[] body, Charset charset, HttpRequest request) {
		super(ErrorEnvelopes.describe(envelope), statusCode, statusText, headers, body, charset, request);
		this.envelope = envelope;
	}

	@Override
	public ErrorEnvelope getEnvelope() {
		return this.envelope;
	}

}
