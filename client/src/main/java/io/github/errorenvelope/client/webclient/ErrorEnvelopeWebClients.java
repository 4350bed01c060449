package io.github.errorenvelope.client.webclient;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.github.errorenvelope.client.CurrentRequestId;
import io.github.errorenvelope.client.ErrorCodeExceptions;
import io.github.errorenvelope.client.ErrorEnvelope;
import io.github.errorenvelope.client.ErrorEnvelopeDecoder;
import io.github.errorenvelope.client.RetryPolicy;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Applies the client features to a {@code WebClient.Builder}: error responses of
 * {@code retrieve()} become {@link ErrorEnvelopeWebClientException}s (or the
 * application's exception for the code), the request id is forwarded (from the Reactor
 * context entry named by the MDC key, else the calling thread's request or MDC), and
 * {@code 429}/{@code 503} are repeated as the {@link RetryPolicy} says.
 */
public final class ErrorEnvelopeWebClients {

	private final ErrorEnvelopeDecoder decoder;

	private final ErrorCodeExceptions exceptions;

	private final CurrentRequestId currentRequestId;

	private final RetryPolicy retryPolicy;

	/**
	 * Create the configurer.
	 * @param decoder decodes error responses
	 * @param exceptions the application's exceptions by code
	 * @param currentRequestId the id to forward, or {@code null} not to forward
	 * @param retryPolicy when to repeat calls, or {@code null} not to repeat
	 */
	public ErrorEnvelopeWebClients(ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions,
			CurrentRequestId currentRequestId, RetryPolicy retryPolicy) {
		this.decoder = decoder;
		this.exceptions = exceptions;
		this.currentRequestId = currentRequestId;
		this.retryPolicy = retryPolicy;
	}

	/**
	 * Configure a {@code WebClient} builder.
	 * @param builder the builder
	 * @return the builder
	 */
	public WebClient.Builder apply(WebClient.Builder builder) {
		builder.defaultStatusHandler(HttpStatusCode::isError, this::exceptionFor);
		builder.filters((filters) -> {
			if (this.currentRequestId != null) {
				filters.add(0, forwardRequestId());
			}
			if (this.retryPolicy != null) {
				filters.add(0, retry());
			}
		});
		return builder;
	}

	/**
	 * The exception for an error response.
	 * @param response the response (its body is read)
	 * @return the exception, once the body has been read
	 */
	public Mono<RuntimeException> exceptionFor(ClientResponse response) {
		return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).onErrorReturn(new byte[0]).map((body) -> {
			HttpHeaders headers = response.headers().asHttpHeaders();
			ErrorEnvelope envelope = this.decoder.decode(response.statusCode().value(), headers, body);
			MediaType contentType = headers.getContentType();
			ErrorEnvelopeWebClientException typed = new ErrorEnvelopeWebClientException(envelope, response.statusCode(),
					statusText(response.statusCode()), headers, body,
					(contentType != null) ? contentType.getCharset() : null, response.request());
			return this.exceptions.resolve(envelope, typed);
		});
	}

	private ExchangeFilterFunction forwardRequestId() {
		String header = this.decoder.getRequestIdHeader();
		return (request, next) -> Mono.deferContextual((context) -> {
			if (request.headers().containsHeader(header)) {
				return next.exchange(request);
			}
			Object fromContext = context.getOrDefault(this.currentRequestId.getMdcKey(), null);
			String id = (fromContext instanceof String text) ? CurrentRequestId.safe(text) : null;
			if (id == null) {
				id = this.currentRequestId.get();
			}
			return next.exchange((id != null) ? ClientRequest.from(request).header(header, id).build() : request);
		});
	}

	private ExchangeFilterFunction retry() {
		return (request, next) -> attempt(request, next, 1);
	}

	private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next, int attempt) {
		return next.exchange(request).flatMap((response) -> {
			Optional<Duration> delay = this.retryPolicy.delayBeforeRetry(attempt, request.method(),
					response.statusCode().value(), response.headers().asHttpHeaders(), Clock.systemUTC());
			if (delay.isEmpty()) {
				return Mono.just(response);
			}
			return response.releaseBody()
				.then(Mono.delay(delay.get()))
				.then(Mono.defer(() -> attempt(request, next, attempt + 1)));
		});
	}

	private static String statusText(HttpStatusCode status) {
		return (status instanceof org.springframework.http.HttpStatus known) ? known.getReasonPhrase() : "";
	}

}
