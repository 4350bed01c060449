package io.github.errorenvelope.reactive;

import java.util.ArrayList;
import java.util.List;

import io.github.errorenvelope.web.RequestIdPolicy;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.ClassUtils;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every reactive request an id before anything else runs: keeps it in an exchange
 * attribute, sets the response header on every response (success and error alike) and
 * puts it in the Reactor context under {@link #CONTEXT_KEY}, from where context
 * propagation restores it into the SLF4J MDC. A cross-origin response the application's
 * CORS handling admits (it carries {@code Access-Control-Allow-Origin}, whoever set it: a
 * {@code CorsWebFilter}, Spring Security's {@code cors()}, {@code @CrossOrigin} or
 * {@code addCorsMappings}) also lists the header in
 * {@code Access-Control-Expose-Headers}, so a browser script can read it; a rejected one
 * gets nothing added.
 */
public final class RequestIdWebFilter implements WebFilter, Ordered {

	/** The exchange attribute holding the id. */
	public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".ID";

	/** The Reactor context key of the id (read it with {@link #currentRequestId()}). */
	public static final String CONTEXT_KEY = "io.github.errorenvelope.requestId";

	private static final String NAME = RequestIdWebFilter.class.getName();

	private static final boolean CONTEXT_PROPAGATION_PRESENT = ClassUtils
		.isPresent("io.micrometer.context.ContextSnapshotFactory", RequestIdWebFilter.class.getClassLoader());

	private final RequestIdPolicy policy;

	private final boolean exposeInCors;

	private final int order;

	/**
	 * Create the filter.
	 * @param policy the id policy
	 * @param exposeInCors whether admitted cross-origin responses list the id header in
	 * {@code Access-Control-Expose-Headers}
	 * @param order the filter's order
	 */
	public RequestIdWebFilter(RequestIdPolicy policy, boolean exposeInCors, int order) {
		this.policy = policy;
		this.exposeInCors = exposeInCors;
		this.order = order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.policy.traceIds() == null || !CONTEXT_PROPAGATION_PRESENT) {
			return filter(exchange, chain, requestIdOf(exchange, this.policy));
		}
		// the server observation, and so the trace, is in the Reactor context, not on
		// this thread
		return Mono.deferContextual(
				(context) -> filter(exchange, chain, TraceScope.requestIdOf(exchange, this.policy, context)));
	}

	private Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain, String id) {
		ServerHttpResponse response = exchange.getResponse();
		// set now rather than before commit: WebFlux never clears it (error handling
		// clears content headers only), and a response without commit actions is
		// committed without a chain of them
		response.getHeaders().set(this.policy.header(), id);
		if (this.exposeInCors && CorsUtils.isCorsRequest(exchange.getRequest())) {
			// CORS is decided later in the chain (by a filter or the handler mapping)
			response.beforeCommit(() -> {
				exposeIfAdmitted(response.getHeaders(), this.policy.header());
				return Mono.empty();
			});
		}
		return chain.filter(exchange)
			.contextWrite(DroppedConnectionErrors.context(exchange.getRequest(), CONTEXT_KEY, id));
	}

	/**
	 * Add the id header to the headers an admitted cross-origin response exposes, as one
	 * list beside the application's own.
	 */
	private static void exposeIfAdmitted(HttpHeaders headers, String header) {
		if (!headers.containsHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
			return;
		}
		List<String> exposed = headers.getAccessControlExposeHeaders();
		if (exposed.stream().noneMatch(header::equalsIgnoreCase)) {
			List<String> withId = new ArrayList<>(exposed);
			withId.add(header);
			headers.setAccessControlExposeHeaders(withId);
		}
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

	/**
	 * The id of an exchange, decided once and remembered in an exchange attribute.
	 * @param exchange the exchange
	 * @param policy the id policy
	 * @return the id
	 */
	public static String requestIdOf(ServerWebExchange exchange, RequestIdPolicy policy) {
		String known = exchange.getAttribute(ATTRIBUTE);
		if (known != null) {
			return known;
		}
		String id = policy.decideForRequest(exchange.getRequest().getHeaders().getFirst(policy.header()));
		exchange.getAttributes().put(ATTRIBUTE, id);
		return id;
	}

	/**
	 * The id of the request being processed, read from the Reactor context.
	 * @return the id, empty outside a request
	 */
	public static Mono<String> currentRequestId() {
		return Mono.deferContextual((context) -> Mono.justOrEmpty(context.<String>getOrDefault(CONTEXT_KEY, null)));
	}

	/**
	 * Kept apart so the context-propagation types are only resolved where the library is
	 * present.
	 */
	private static final class TraceScope {

		private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

		static String requestIdOf(ServerWebExchange exchange, RequestIdPolicy policy, ContextView context) {
			try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
				return RequestIdWebFilter.requestIdOf(exchange, policy);
			}
		}

	}

}
