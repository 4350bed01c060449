package io.github.errorenvelope.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * RestClient, RestTemplate and @HttpExchange proxies configured by hand (no Spring Boot)
 * against a stub.
 */
class HttpClientsTest {

	private static final String FLAT_409 = "{\"message\":\"Order 2 has already shipped and can no longer be cancelled.\","
			+ "\"type\":\"conflict\",\"code\":\"order_already_shipped\",\"request_id\":\"up-1\",\"order_id\":\"2\"}";

	private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

	private final StubServer upstream;

	HttpClientsTest() throws Exception {
		this.upstream = new StubServer();
	}

	@AfterEach
	void stop() {
		this.upstream.close();
		MDC.clear();
		RequestContextHolder.resetRequestAttributes();
	}

	private ErrorEnvelopeRestClients clients(ErrorCodeExceptions exceptions, RetryPolicy retry) {
		return new ErrorEnvelopeRestClients(ErrorEnvelopeDecoder.create(), exceptions,
				new CurrentRequestId("x-request-id", "requestId"), retry);
	}

	private RestClient restClient(ErrorCodeExceptions exceptions, RetryPolicy retry) {
		return clients(exceptions, retry).apply(RestClient.builder().baseUrl(this.upstream.url())).build();
	}

	@Test
	void restClientThrowsTheTypedExceptionASpringCatchBlockStillCatches() {
		this.upstream.reply(409, JSON, FLAT_409);
		Throwable thrown = catchThrowable(() -> restClient(new ErrorCodeExceptions(), null).post()
			.uri("/orders/2/cancel")
			.retrieve()
			.toBodilessEntity());
		assertThat(thrown).isInstanceOf(RestClientResponseException.class)
			.isInstanceOf(ErrorEnvelopeResponseException.class)
			.hasMessage(
					"409 order_already_shipped: Order 2 has already shipped and can no longer be cancelled. [request_id=up-1]");
		ErrorEnvelopeResponseException typed = (ErrorEnvelopeResponseException) thrown;
		assertThat(typed.getStatusCode().value()).isEqualTo(409);
		assertThat(typed.getResponseBodyAsString()).isEqualTo(FLAT_409);
		assertThat(typed.getEnvelope().getType()).isEqualTo("conflict");
		assertThat(typed.getEnvelope().detail("order_id")).contains("2");
	}

	@Test
	void theRegisteredExceptionClassIsThrownWithTheEnvelopeBehindIt() {
		this.upstream.reply(409, JSON, FLAT_409);
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions().register(ShippedException.class);
		ShippedException thrown = (ShippedException) catchThrowable(
				() -> restClient(exceptions, null).post().uri("/orders/2/cancel").retrieve().toBodilessEntity());
		assertThat(thrown.getOrderId()).isEqualTo("2");
		assertThat(ErrorEnvelopes.from(thrown))
			.hasValueSatisfying((envelope) -> assertThat(envelope.getRequestId()).isEqualTo("up-1"));
	}

	@Test
	void restTemplateThrowsTheSame() {
		this.upstream.reply(409, JSON, FLAT_409);
		RestTemplate template = clients(new ErrorCodeExceptions().register(ShippedException.class), null)
			.apply(new RestTemplate());
		assertThatExceptionOfType(ShippedException.class)
			.isThrownBy(() -> template.postForEntity(this.upstream.url() + "/orders/2/cancel", null, String.class))
			.withMessage("Order 2 has already shipped and can no longer be cancelled.");
	}

	@Test
	void restTemplateRetriesAndForwardsTheRequestIdAheadOfItsOwnInterceptors() {
		this.upstream.reply(503, Map.of("Retry-After", "0"), "").reply(200, JSON, "{}");
		RestTemplate template = new RestTemplate();
		template.getInterceptors().add((request, body, execution) -> {
			request.getHeaders().add("x-own", "1");
			return execution.execute(request, body);
		});
		clients(new ErrorCodeExceptions(),
				new RetryPolicy(2, Duration.ofSeconds(1), Duration.ZERO, Set.of(503), RetryPolicy.IDEMPOTENT_METHODS))
			.apply(template);
		MDC.put("requestId", "rt-1");
		assertThat(template.getForObject(this.upstream.url() + "/r", String.class)).isEqualTo("{}");
		assertThat(this.upstream.received).hasSize(2).allSatisfy((received) -> {
			assertThat(received.headers().getFirst("x-request-id")).isEqualTo("rt-1");
			assertThat(received.headers().get("x-own")).containsExactly("1");
		});
	}

	@Test
	void aRequestThatEndedIsNoSourceOfRequestIds() {
		MockHttpServletRequest ended = new MockHttpServletRequest();
		ServletRequestAttributes attributes = new ServletRequestAttributes(ended);
		attributes.requestCompleted();
		RequestContextHolder.setRequestAttributes(attributes);
		MDC.put("requestId", "mdc-after");
		assertThat(new CurrentRequestId("x-request-id", "requestId").get()).isEqualTo("mdc-after");
	}

	@Test
	void httpExchangeProxiesThrowTheSame() {
		this.upstream.reply(409, JSON, FLAT_409)
			.reply(404, JSON,
					"{\"error\":{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 99 does not exist.\"},\"request_id\":\"up-2\"}");
		Orders orders = HttpServiceProxyFactory
			.builderFor(RestClientAdapter
				.create(restClient(new ErrorCodeExceptions().register(ShippedException.class), null)))
			.build()
			.createClient(Orders.class);
		assertThatExceptionOfType(ShippedException.class).isThrownBy(() -> orders.cancel("2"));
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class).isThrownBy(() -> orders.get("99"))
			.satisfies((ex) -> assertThat(ex.getEnvelope().getCode()).isEqualTo("ORDER_NOT_FOUND"));
	}

	@Test
	void nonJsonBodyFromAProxyGivesATypedExceptionWithTheRawBody() {
		String html = "<html><body><center><h1>502 Bad Gateway</h1></center></body></html>";
		this.upstream.reply(502, Map.of("Content-Type", "text/html"), html).reply(502, Map.of(), "");
		RestClient client = restClient(new ErrorCodeExceptions(), null);
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class)
			.isThrownBy(() -> client.get().uri("/orders/1").retrieve().body(String.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(502);
				assertThat(ex.getEnvelope().isEnvelope()).isFalse();
				assertThat(ex.getEnvelope().getRawBody()).isEqualTo(html);
				assertThat(ex.getResponseBodyAsString()).isEqualTo(html);
			});
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class)
			.isThrownBy(() -> client.get().uri("/orders/1").retrieve().body(String.class))
			.withMessage("502 (not an error envelope)");
	}

	@Test
	void requestIdIsForwardedFromTheRequestBeingServedElseTheMdc() {
		MockHttpServletRequest serving = new MockHttpServletRequest();
		serving.setAttribute(CurrentRequestId.SERVER_ATTRIBUTE, "served-1");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(serving));
		MDC.put("requestId", "mdc-1");
		RestClient client = restClient(new ErrorCodeExceptions(), null);
		client.get().uri("/a").retrieve().toBodilessEntity();
		RequestContextHolder.resetRequestAttributes();
		client.get().uri("/b").retrieve().toBodilessEntity();
		MDC.put("requestId", "bad\r\nid");
		client.get().uri("/c").retrieve().toBodilessEntity();
		client.get().uri("/d").header("x-request-id", "own-1").retrieve().toBodilessEntity();
		assertThat(this.upstream.received).extracting((received) -> received.headers().getFirst("x-request-id"))
			.containsExactly("served-1", "mdc-1", null, "own-1");
	}

	@Test
	void retriesHonourRetryAfterForIdempotentMethodsOnly() {
		this.upstream
			.reply(429, Map.of("Retry-After", "1", "Content-Type", "application/json"),
					"{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Slow down.\"}}")
			.reply(200, JSON, "{\"id\":\"1\"}");
		RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMillis(100), Set.of(429, 503),
				RetryPolicy.IDEMPOTENT_METHODS);
		RestClient client = restClient(new ErrorCodeExceptions(), retry);
		long start = System.nanoTime();
		assertThat(client.get().uri("/orders/1").retrieve().body(String.class)).isEqualTo("{\"id\":\"1\"}");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.upstream.received).hasSize(2);

		this.upstream.reply(503, Map.of("Retry-After", "0"), "").reply(200, JSON, "{}");
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class)
			.isThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503));
		assertThat(this.upstream.received).hasSize(3);
	}

	@Test
	void retryPolicyLimits() {
		RetryPolicy retry = new RetryPolicy(2, Duration.ofSeconds(5), Duration.ofMillis(100), Set.of(429, 503),
				RetryPolicy.IDEMPOTENT_METHODS);
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		assertThat(retry.delayBeforeRetry(1, HttpMethod.GET, 503, headers, Clock.systemUTC()))
			.contains(Duration.ofMillis(100));
		assertThat(retry.delayBeforeRetry(2, HttpMethod.GET, 503, headers, Clock.systemUTC())).isEmpty();
		assertThat(retry.delayBeforeRetry(1, HttpMethod.GET, 500, headers, Clock.systemUTC())).isEmpty();
		assertThat(retry.delayBeforeRetry(1, HttpMethod.PATCH, 429, headers, Clock.systemUTC())).isEmpty();
		headers.set("Retry-After", "30");
		assertThat(retry.delayBeforeRetry(1, HttpMethod.GET, 429, headers, Clock.systemUTC()))
			.as("longer than max-delay: not waited for")
			.isEmpty();
		assertThat(new RetryPolicy(3, Duration.ofSeconds(5), Duration.ZERO, Set.of(429), Set.of(HttpMethod.POST))
			.delayBeforeRetry(1, HttpMethod.POST, 429, new org.springframework.http.HttpHeaders(), Clock.systemUTC()))
			.contains(Duration.ZERO);
	}

	/** An {@code @HttpExchange} client of the stub. */
	interface Orders {

		@GetExchange("/orders/{id}")
		String get(@PathVariable String id);

		@PostExchange("/orders/{id}/cancel")
		String cancel(@PathVariable String id);

	}

}
