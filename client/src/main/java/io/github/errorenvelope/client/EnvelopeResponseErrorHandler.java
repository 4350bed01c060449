package io.github.errorenvelope.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * The error handler of {@code RestClient}, {@code RestTemplate} and the
 * {@code @HttpExchange} proxies on them: every 4xx/5xx response is decoded and thrown as
 * an {@link ErrorEnvelopeResponseException}, or as the application's exception registered
 * for its code.
 */
public final class EnvelopeResponseErrorHandler implements ResponseErrorHandler {

	private final ErrorEnvelopeDecoder decoder;

	private final ErrorCodeExceptions exceptions;

	/**
	 * Create the handler.
	 * @param decoder decodes the responses
	 * @param exceptions the application's exceptions by code
	 */
	public EnvelopeResponseErrorHandler(ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions) {
		this.decoder = decoder;
		this.exceptions = exceptions;
	}

	@Override
	public boolean hasError(ClientHttpResponse response) throws IOException {
		return response.getStatusCode().isError();
	}

	@Override
	public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
		throw exceptionFor(response);
	}

	/**
	 * The exception for an error response.
	 * @param response the response (its body is read)
	 * @return the exception to throw
	 * @throws IOException when the status cannot be read
	 */
	public RuntimeException exceptionFor(ClientHttpResponse response) throws IOException {
		HttpHeaders headers = response.getHeaders();
		byte[] body = readBody(response);
		ErrorEnvelope envelope = this.decoder.decode(response.getStatusCode().value(), headers, body);
		MediaType contentType = headers.getContentType();
		ErrorEnvelopeResponseException typed = new ErrorEnvelopeResponseException(envelope, response.getStatusCode(),
				statusText(response), headers, body, (contentType != null) ? contentType.getCharset() : null);
		return this.exceptions.resolve(envelope, typed);
	}

	private static String statusText(ClientHttpResponse response) {
		try {
			return response.getStatusText();
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static byte[] readBody(ClientHttpResponse response) {
		// a body cut off by the network still gives a typed exception: the status is what
		// matters
		try (InputStream in = response.getBody()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

}
