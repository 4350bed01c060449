package io.github.errorenvelope.client;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.client.webclient.ErrorEnvelopeWebClientException;
import io.github.errorenvelope.client.webclient.ErrorEnvelopeWebClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/** WebClient configured by hand against a stub upstream. */
class WebClientTest {

	private static final Map<String, String> PROBLEM = Map.of("Content-Type", "application/problem+json");

	private final StubServer upstream;

	WebClientTest() throws Exception {
		this.upstream = new StubServer();
	}

	@AfterEach
	void stop() {
		this.upstream.close();
	}

	private WebClient client(ErrorCodeExceptions exceptions, RetryPolicy retry) {
		WebClient.Builder builder = WebClient.builder()
			.baseUrl(this.upstream.url())
			.clientConnector(new JdkClientHttpConnector());
		return new ErrorEnvelopeWebClients(ErrorEnvelopeDecoder.create(), exceptions,
				new CurrentRequestId("x-request-id", "requestId"), retry)
			.apply(builder)
			.build();
	}

	@Test
	void errorResponsesBecomeTypedWebClientResponseExceptions() {
		this.upstream.reply(400, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
				+ "\"detail\":\"limit: must be between 1 and 100.\",\"code\":\"VALIDATION_ERROR\",\"request_id\":\"w-1\","
				+ "\"errors\":[{\"parameter\":\"limit\",\"detail\":\"must be between 1 and 100\"}]}");
		Throwable thrown = catchThrowable(() -> client(new ErrorCodeExceptions(), null).get()
			.uri("/orders?limit=500")
			.retrieve()
			.bodyToMono(String.class)
			.block());
		assertThat(thrown).isInstanceOf(WebClientResponseException.class)
			.isInstanceOf(ErrorEnvelopeWebClientException.class);
		ErrorEnvelope envelope = ErrorEnvelopes.from(thrown).orElseThrow();
		assertThat(envelope.getViolations())
			.containsExactly(new ErrorEnvelope.Violation("limit", "must be between 1 and 100"));
		assertThat(envelope.getRequestId()).isEqualTo("w-1");
		assertThat(((WebClientResponseException) thrown).getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void registeredClassesAndNonJsonBodies() {
		this.upstream.reply(409, Map.of("Content-Type", "application/json"),
				"{\"error_code\":\"ORDER_ALREADY_SHIPPED\",\"error_type\":\"conflict\",\"error_message\":\"Shipped.\","
						+ "\"error_details\":{\"order_id\":\"7\"}}")
			.reply(502, Map.of("Content-Type", "text/html"), "<html>bad gateway</html>");
		WebClient client = client(new ErrorCodeExceptions().register(ShippedException.class), null);
		assertThatExceptionOfType(ShippedException.class)
			.isThrownBy(() -> client.post().uri("/orders/7/cancel").retrieve().toBodilessEntity().block())
			.satisfies((ex) -> assertThat(ex.getOrderId()).isEqualTo("7"));
		assertThatExceptionOfType(ErrorEnvelopeWebClientException.class)
			.isThrownBy(() -> client.get().uri("/x").retrieve().toBodilessEntity().block())
			.satisfies((ex) -> assertThat(ex.getEnvelope().getRawBody()).isEqualTo("<html>bad gateway</html>"));
	}

	@Test
	void requestIdComesFromTheReactorContextElseTheMdc() {
		WebClient client = client(new ErrorCodeExceptions(), null);
		client.get()
			.uri("/a")
			.retrieve()
			.toBodilessEntity()
			.contextWrite((context) -> context.put("requestId", "ctx-1"))
			.block();
		org.slf4j.MDC.put("requestId", "mdc-2");
		try {
			client.get().uri("/b").retrieve().toBodilessEntity().block();
		}
		finally {
			org.slf4j.MDC.clear();
		}
		assertThat(this.upstream.received).extracting((received) -> received.headers().getFirst("x-request-id"))
			.containsExactly("ctx-1", "mdc-2");
	}

	@Test
	void retriesHonourRetryAfter() {
		this.upstream.reply(503, Map.of("Retry-After", "1"), "").reply(200, Map.of("Content-Type", "text/plain"), "ok");
		RetryPolicy retry = new RetryPolicy(2, Duration.ofSeconds(3), Duration.ofMillis(100), Set.of(429, 503),
				RetryPolicy.IDEMPOTENT_METHODS);
		long start = System.nanoTime();
		assertThat(client(new ErrorCodeExceptions(), retry).get().uri("/r").retrieve().bodyToMono(String.class).block())
			.isEqualTo("ok");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.upstream.received).hasSize(2);
	}

}
