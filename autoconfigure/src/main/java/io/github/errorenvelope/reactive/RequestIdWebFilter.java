package io.github.errorenvelope.reactive;

import io.github.errorenvelope.web.RequestIdPolicy;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every reactive request an id before anything else runs: keeps it in an exchange
 * attribute, sets the response header on every response (success and error alike) and
 * puts it in the Reactor context under {@link #CONTEXT_KEY}, from where context
 * propagation restores it into the SLF4J MDC.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

	/** The exchange attribute holding the id. */
	public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".ID";

	/** The Reactor context key of the id (read it with {@link #currentRequestId()}). */
	public static final String CONTEXT_KEY = "io.github.errorenvelope.requestId";

	private static final boolean CONTEXT_PROPAGATION_PRESENT = ClassUtils
		.isPresent("io.micrometer.context.ContextSnapshotFactory", RequestIdWebFilter.class.getClassLoader());

	private final RequestIdPolicy policy;

	private final int order;

	/**
	 * Create the filter.
	 * @param policy the id policy
	 * @param order the filter's order
	 */
	public RequestIdWebFilter(RequestIdPolicy policy, int order) {
		this.policy = policy;
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
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(this.policy.header(), id);
			return Mono.empty();
		});
		return chain.filter(exchange).contextWrite(Context.of(CONTEXT_KEY, id));
	}

	@Override
	public int getOrder() {
		return this.order;
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
