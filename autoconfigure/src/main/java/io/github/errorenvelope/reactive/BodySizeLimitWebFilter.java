package io.github.errorenvelope.reactive;

import java.util.concurrent.atomic.AtomicLong;

import io.github.errorenvelope.classify.PayloadTooLargeException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Enforces {@code error-envelope.limits.max-body-size} on reactive request bodies other
 * than multipart and form posts, as on Spring MVC: a declared {@code Content-Length} over
 * the limit is refused before anything is read, and a chunked body fails with 413 as soon
 * as it passes the limit.
 */
public final class BodySizeLimitWebFilter implements WebFilter, Ordered {

	private static final String NAME = BodySizeLimitWebFilter.class.getName();

	private final long maxBytes;

	private final int order;

	/**
	 * Create the filter.
	 * @param maxBytes the most bytes a body may have (positive)
	 * @param order the filter's order
	 */
	public BodySizeLimitWebFilter(long maxBytes, int order) {
		this.maxBytes = maxBytes;
		this.order = order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (this.maxBytes == Long.MAX_VALUE) {
			// switched off
			return chain.filter(exchange);
		}
		long declared = request.getHeaders().getContentLength();
		boolean undeclared = declared < 0 && RequestBodies.mayHaveUndeclaredBody(request);
		if ((declared <= this.maxBytes && !undeclared) || isMultipartOrForm(request)) {
			// the server reads no more than it was told, and nothing from a bodiless
			// request: a GET costs two header lookups, no decorated request and exchange
			return chain.filter(exchange);
		}
		if (declared > this.maxBytes) {
			return Mono.error(new PayloadTooLargeException(this.maxBytes));
		}
		return chain.filter(exchange.mutate().request(new LimitedBody(request, this.maxBytes)).build());
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	/**
	 * The class name alone: WebFlux's filter chain names every filter in a checkpoint
	 * built per request.
	 */
	@Override
	public String toString() {
		return NAME;
	}

	private static boolean isMultipartOrForm(ServerHttpRequest request) {
		MediaType type = request.getHeaders().getContentType();
		return type != null && (type.getType().equalsIgnoreCase("multipart")
				|| MediaType.APPLICATION_FORM_URLENCODED.includes(type));
	}

	/** A body that fails once more than the limit has arrived. */
	private static final class LimitedBody extends ServerHttpRequestDecorator {

		private final long maxBytes;

		LimitedBody(ServerHttpRequest delegate, long maxBytes) {
			super(delegate);
			this.maxBytes = maxBytes;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			AtomicLong read = new AtomicLong();
			return super.getBody().handle((buffer, sink) -> {
				if (read.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
					DataBufferUtils.release(buffer);
					sink.error(new PayloadTooLargeException(this.maxBytes));
				}
				else {
					sink.next(buffer);
				}
			});
		}

	}

}
