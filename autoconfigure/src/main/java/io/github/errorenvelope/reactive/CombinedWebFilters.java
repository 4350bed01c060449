package io.github.errorenvelope.reactive;

import java.util.ArrayList;
import java.util.List;

import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The starter's own web filters that sit next to each other in the application's filter
 * chain ({@link RequestIdWebFilter}, {@link StatusOnlyResponseWebFilter},
 * {@link BodySizeLimitWebFilter}), run as one filter: WebFlux's chain wraps each filter's
 * call in a deferred publisher and a checkpoint named after the filter, built per
 * request, which the combined filters pay once. Each filter still runs its own code, in
 * the same order, and an application filter ordered between two of them keeps them apart.
 */
public final class CombinedWebFilters implements WebFilter {

	private static final String NAME = CombinedWebFilters.class.getName();

	private final WebFilter[] filters;

	private CombinedWebFilters(List<WebFilter> filters) {
		this.filters = filters.toArray(WebFilter[]::new);
	}

	/**
	 * Replace every run of two or more consecutive starter filters in a sorted filter
	 * list by one filter that calls them in turn.
	 * @param filters the application's filters, in their order (changed in place)
	 */
	public static void combine(List<WebFilter> filters) {
		List<WebFilter> combined = new ArrayList<>(filters.size());
		List<WebFilter> run = new ArrayList<>();
		for (WebFilter filter : filters) {
			if (isStarterFilter(filter)) {
				run.add(filter);
				continue;
			}
			addRun(run, combined);
			combined.add(filter);
		}
		addRun(run, combined);
		filters.clear();
		filters.addAll(combined);
	}

	private static void addRun(List<WebFilter> run, List<WebFilter> combined) {
		if (run.size() == 1) {
			combined.add(run.get(0));
		}
		else if (!run.isEmpty()) {
			combined.add(new CombinedWebFilters(run));
		}
		run.clear();
	}

	private static boolean isStarterFilter(WebFilter filter) {
		return filter instanceof RequestIdWebFilter || filter instanceof StatusOnlyResponseWebFilter
				|| filter instanceof BodySizeLimitWebFilter;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return invoke(0, exchange, chain);
	}

	private Mono<Void> invoke(int index, ServerWebExchange exchange, WebFilterChain chain) {
		WebFilterChain next = (index + 1 < this.filters.length)
				? (nextExchange) -> invoke(index + 1, nextExchange, chain) : chain;
		try {
			return this.filters[index].filter(exchange, next);
		}
		catch (Throwable ex) {
			// an error signal, as from WebFlux's own chain (each filter runs inside a
			// deferred publisher), except for what the JVM cannot recover from
			Exceptions.throwIfJvmFatal(ex);
			return Mono.error(ex);
		}
	}

	/**
	 * The class name alone: WebFlux's filter chain names every filter in a checkpoint
	 * built per request.
	 */
	@Override
	public String toString() {
		return NAME;
	}

}
