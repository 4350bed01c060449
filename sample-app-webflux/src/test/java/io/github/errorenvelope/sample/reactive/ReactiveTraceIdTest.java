package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.request-id.use-trace-id=true} on WebFlux with a real tracer
 * (Brave): the server span's trace id, found in the Reactor context, is the request id in
 * the header, the body and the Reactor context, and an incoming W3C {@code traceparent}
 * is continued.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.request-id.use-trace-id=true", "management.tracing.sampling.probability=1.0",
				"management.tracing.propagation.type=w3c" })
class ReactiveTraceIdTest {

	private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

	private static final String INCOMING_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	@LocalServerPort
	int port;

	@Test
	void theServerSpansTraceIdIsTheRequestId() {
		HttpResponse<String> response = new Http(this.port).get("/trace", "x-request-id", "client-chosen");
		JsonNode body = Json.parse(response.body());
		String id = response.headers().firstValue("x-request-id").orElseThrow();
		assertThat(id).matches(TRACE_ID);
		assertThat(body.get("request_id").asString()).isEqualTo(id);
		assertThat(body.get("mdc_trace_id").asString()).isEqualTo(id);
	}

	@Test
	void errorsCarryTheTraceIdAndEveryRequestHasItsOwn() {
		HttpResponse<String> first = new Http(this.port).get("/orders/99");
		HttpResponse<String> second = new Http(this.port).get("/orders/99");
		String id = first.headers().firstValue("x-request-id").orElseThrow();
		assertThat(id).matches(TRACE_ID);
		assertThat(Json.parse(first.body()).get("request_id").asString()).isEqualTo(id);
		assertThat(second.headers().firstValue("x-request-id"))
			.hasValueSatisfying((other) -> assertThat(other).matches(TRACE_ID).isNotEqualTo(id));
	}

	@Test
	void anIncomingTraceparentIsContinued() {
		HttpResponse<String> response = new Http(this.port).get("/orders/99", "traceparent",
				"00-" + INCOMING_TRACE + "-00f067aa0ba902b7-01");
		assertThat(response.headers().firstValue("x-request-id")).hasValue(INCOMING_TRACE);
	}

}
