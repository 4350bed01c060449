package io.github.errorenvelope.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Applies the client features to a {@code RestClient.Builder} or a {@code RestTemplate}:
 * typed error decoding, request-id forwarding (when a {@link CurrentRequestId} is given)
 * and retries (when a {@link RetryPolicy} is given). The auto-configuration applies it to
 * Spring Boot's builders; without Spring Boot, call it on your own builders.
 */
public final class ErrorEnvelopeRestClients {

	private final EnvelopeResponseErrorHandler errorHandler;

	private final List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();

	/**
	 * Create the configurer.
	 * @param decoder decodes error responses
	 * @param exceptions the application's exceptions by code
	 * @param currentRequestId the id to forward, or {@code null} not to forward
	 * @param retryPolicy when to repeat calls, or {@code null} not to repeat
	 */
	public ErrorEnvelopeRestClients(ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions,
			CurrentRequestId currentRequestId, RetryPolicy retryPolicy) {
		this.errorHandler = new EnvelopeResponseErrorHandler(decoder, exceptions);
		if (retryPolicy != null) {
			this.interceptors.add(new RetryInterceptor(retryPolicy, Clock.systemUTC()));
		}
		if (currentRequestId != null) {
			this.interceptors.add(new RequestIdForwardingInterceptor(decoder.getRequestIdHeader(), currentRequestId));
		}
	}

	/**
	 * Configure a {@code RestClient} builder (and so the {@code @HttpExchange} proxies
	 * built on it).
	 * @param builder the builder
	 * @return the builder
	 */
	public RestClient.Builder apply(RestClient.Builder builder) {
		// retries go first so that each repeat passes the other interceptors again
		builder.requestInterceptors((list) -> list.addAll(0, this.interceptors));
		return builder.defaultStatusHandler(this.errorHandler);
	}

	/**
	 * Configure a {@code RestTemplate}.
	 * @param restTemplate the template
	 * @return the template
	 */
	public RestTemplate apply(RestTemplate restTemplate) {
		List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>(this.interceptors);
		interceptors.addAll(restTemplate.getInterceptors());
		restTemplate.setInterceptors(interceptors);
		restTemplate.setErrorHandler(this.errorHandler);
		return restTemplate;
	}

	/** The error handler, for clients configured by hand. */
	public EnvelopeResponseErrorHandler getErrorHandler() {
		return this.errorHandler;
	}

}
