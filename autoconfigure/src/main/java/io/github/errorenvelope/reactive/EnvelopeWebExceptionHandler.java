package io.github.errorenvelope.reactive;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorClassifier.Classification;
import io.github.errorenvelope.classify.Texts;
import io.github.errorenvelope.web.EnvelopeJson;
import io.github.errorenvelope.web.ErrorFinisher;
import io.github.errorenvelope.web.RequestIdPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The reactive entry point: every error a WebFlux application signals that its own
 * {@code @ExceptionHandler}s did not answer — from controllers, functional routes,
 * {@code WebFilter}s, codecs and routing — goes through the same classifier, customizers
 * and style as on Spring MVC and is written once. The auto-configuration registers it in
 * place of Spring Boot's own error handler; where Boot's stays (next to an application's
 * own handler of this type), this one runs first. A response already committed is left
 * alone: the error is logged once and the connection aborted, so no truncated body looks
 * complete.
 */
public class EnvelopeWebExceptionHandler implements WebExceptionHandler, Ordered {

	/** Ahead of Spring Boot's {@code DefaultErrorWebExceptionHandler} ({@code -1}). */
	public static final int ORDER = -2;

	private final ErrorClassifier classifier;

	private final RequestIdPolicy requestIds;

	private final ErrorFinisher finisher;

	private final EnvelopeJson json;

	private final long maxInMemorySize;

	private final String mdcKey;

	/**
	 * Create the handler.
	 * @param classifier the classifier
	 * @param requestIds the request-id policy
	 * @param finisher the shared steps after classification
	 * @param json renders and serializes envelopes
	 * @param maxInMemorySize the codecs' buffer limit, for the 413 message
	 * @param mdcKey the MDC key of the request id, so the error's log line carries it as
	 * on Spring MVC
	 */
	public EnvelopeWebExceptionHandler(ErrorClassifier classifier, RequestIdPolicy requestIds, ErrorFinisher finisher,
			EnvelopeJson json, long maxInMemorySize, String mdcKey) {
		this.classifier = classifier;
		this.requestIds = requestIds;
		this.finisher = finisher;
		this.json = json;
		this.maxInMemorySize = maxInMemorySize;
		this.mdcKey = mdcKey;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable exception) {
		Executor pendingClose = ClientDisconnects.pendingClose(exception, exchange.getResponse());
		if (pendingClose != null) {
			// a reset may be reported before its connection is marked closed: answer (or
			// not) once the event loop has run the close
			return Mono.empty()
				.publishOn(Schedulers.fromExecutor(pendingClose))
				.then(Mono.defer(() -> handleNow(exchange, exception)));
		}
		return handleNow(exchange, exception);
	}

	private Mono<Void> handleNow(ServerWebExchange exchange, Throwable exception) {
		return respond(exchange, exception, (requestId) -> toApiError(exception, exchange, requestId));
	}

	/**
	 * Answer an exchange with the envelope for a bare status: a response a filter or an
	 * entry point (Spring Security's HTTP Basic one, for instance) left with an error
	 * status and no body.
	 * @param exchange the exchange
	 * @param status the status
	 * @return completion of the write
	 */
	public Mono<Void> handleStatus(ServerWebExchange exchange, int status) {
		return respond(exchange, null, (requestId) -> toApiError(status, exchange, requestId));
	}

	private Mono<Void> respond(ServerWebExchange exchange, @Nullable Throwable exception,
			Function<String, ApiError> errorOf) {
		ServerHttpRequest request = exchange.getRequest();
		String method = request.getMethod().name();
		String path = request.getPath().value();
		String requestId = RequestIdWebFilter.requestIdOf(exchange, this.requestIds);
		// exception handlers run outside the request-id filter's Reactor context: put the
		// id back for the log line
		String previous = MDC.get(this.mdcKey);
		MDC.put(this.mdcKey, requestId);
		try {
			return respond(exchange, exception, errorOf, method, path, requestId);
		}
		finally {
			if (previous != null) {
				MDC.put(this.mdcKey, previous);
			}
			else {
				MDC.remove(this.mdcKey);
			}
		}
	}

	private Mono<Void> respond(ServerWebExchange exchange, @Nullable Throwable exception,
			Function<String, ApiError> errorOf, String method, String path, String requestId) {
		ServerHttpResponse response = exchange.getResponse();
		if (exception != null && ClientDisconnects.isClientGone(exception, response)) {
			this.finisher.clientGone(exception, method, path, requestId);
			return Mono.empty();
		}
		try {
			ApiError error = errorOf.apply(requestId);
			boolean committed = response.isCommitted();
			this.finisher.record(error, exception, method, path, routeOf(exchange), committed);
			if (committed) {
				return CommittedResponses.abort(response, exception);
			}
			byte[] body = this.json.serialize(error);
			return write(response, error.getStatus(), this.json.contentType(), error.getHeaders(), requestId, body);
		}
		catch (Throwable failure) {
			this.finisher.renderingFailed(exception, failure, requestId);
			if (response.isCommitted()) {
				return CommittedResponses.abort(response, exception);
			}
			EnvelopeJson.Rendered minimal = this.json.minimal(this.finisher.minimalError(requestId));
			return write(response, 500, minimal.contentType(), Map.of(), requestId, minimal.body());
		}
	}

	/**
	 * Build the error an exchange would get for an exception, without writing it.
	 * @param exception the exception
	 * @param exchange the exchange
	 * @param requestId the request id
	 * @return the error with its output code
	 */
	public ApiError toApiError(Throwable exception, ServerWebExchange exchange, String requestId) {
		Classification classification = this.classifier
			.classify(ReactiveExceptions.toClassifiable(exception, this.maxInMemorySize));
		return finish(classification, exception, exchange, requestId);
	}

	/**
	 * Build the error an exchange would get for a bare status, without writing it.
	 * @param status the status
	 * @param exchange the exchange
	 * @param requestId the request id
	 * @return the error with its output code
	 */
	public ApiError toApiError(int status, ServerWebExchange exchange, String requestId) {
		return finish(this.classifier.classifyStatus(status), null, exchange, requestId);
	}

	private ApiError finish(Classification classification, @Nullable Throwable exception, ServerWebExchange exchange,
			String requestId) {
		ApiError.Builder error = classification.error();
		error.requestId(requestId).path(Texts.clip(exchange.getRequest().getPath().value()));
		return this.finisher.finish(error, classification.detailValues(), exception, localeOf(exchange));
	}

	private Mono<Void> write(ServerHttpResponse response, int status, String contentType, Map<String, String> extra,
			String requestId, byte[] body) {
		response.setStatusCode(HttpStatusCode.valueOf(status));
		HttpHeaders headers = response.getHeaders();
		headers.clearContentHeaders();
		extra.forEach(headers::set);
		headers.set(this.json.requestIdHeader(), requestId);
		if (status == 401 && !headers.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			// RFC 9110 15.5.2: a 401 must carry at least one challenge
			headers.set(HttpHeaders.WWW_AUTHENTICATE, this.json.defaultChallenge());
		}
		headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		headers.setContentLength(body.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	/**
	 * The matched route template ({@code /orders/{id}}), without request data;
	 * {@code null} before routing.
	 */
	private static @Nullable String routeOf(ServerWebExchange exchange) {
		Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return (pattern != null) ? pattern.toString() : null;
	}

	private static Locale localeOf(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null) ? locale : Locale.getDefault();
	}

}
