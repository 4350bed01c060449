package io.github.errorenvelope.reactive;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.github.errorenvelope.classify.PayloadTooLargeException;
import io.github.errorenvelope.web.RequestIdPolicy;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The starter's consecutive web filters become one filter in the chain, which runs each
 * of them in turn with the exchange the one before passed on; an application filter
 * between them keeps them apart.
 */
class CombinedWebFiltersTest {

	private final RequestIdWebFilter requestId = new RequestIdWebFilter(new RequestIdPolicy("x-request-id", true, null),
			false, 0);

	private final BodySizeLimitWebFilter bodyLimit = new BodySizeLimitWebFilter(10, 2);

	private final WebFilter application = (exchange, chain) -> chain.filter(exchange);

	@Test
	void consecutiveStarterFiltersBecomeOne() {
		List<WebFilter> filters = new ArrayList<>(List.of(this.requestId, this.bodyLimit, this.application));
		CombinedWebFilters.combine(filters);
		assertThat(filters).hasSize(2).last().isSameAs(this.application);
		assertThat(filters.get(0)).isInstanceOf(CombinedWebFilters.class);
	}

	@Test
	void anApplicationFilterBetweenThemKeepsThemApart() {
		List<WebFilter> filters = new ArrayList<>(List.of(this.requestId, this.application, this.bodyLimit));
		CombinedWebFilters.combine(filters);
		assertThat(filters).containsExactly(this.requestId, this.application, this.bodyLimit);
	}

	@Test
	void eachFilterRunsAndTheChainGoesOn() {
		WebFilter combined = combined();
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/orders")
			.header(HttpHeaders.CONTENT_LENGTH, "5")
			.header("x-request-id", "given-1"));
		AtomicReference<ServerWebExchange> reached = new AtomicReference<>();
		AtomicReference<String> idInContext = new AtomicReference<>();
		combined.filter(exchange, (passed) -> {
			reached.set(passed);
			return RequestIdWebFilter.currentRequestId().doOnNext(idInContext::set).then();
		}).block();
		assertThat(reached.get()).isNotNull();
		assertThat(exchange.getResponse().getHeaders().getFirst("x-request-id")).isEqualTo("given-1");
		assertThat(idInContext.get()).isEqualTo("given-1");
	}

	@Test
	void aLaterFilterStillStopsTheChain() {
		WebFilter combined = combined();
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/orders").header(HttpHeaders.CONTENT_LENGTH, "11"));
		AtomicReference<ServerWebExchange> reached = new AtomicReference<>();
		Mono<Void> result = combined.filter(exchange, (passed) -> {
			reached.set(passed);
			return Mono.empty();
		});
		assertThatThrownBy(result::block).rootCause().isInstanceOf(PayloadTooLargeException.class);
		assertThat(reached.get()).isNull();
		assertThat(exchange.getResponse().getHeaders().getFirst("x-request-id")).isNotBlank();
	}

	private WebFilter combined() {
		List<WebFilter> filters = new ArrayList<>(List.of(this.requestId, this.bodyLimit));
		CombinedWebFilters.combine(filters);
		assertThat(filters).singleElement().isInstanceOf(CombinedWebFilters.class);
		return filters.get(0);
	}

}
