package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id on WebFlux: a valid incoming id is reused, a hostile one replaced, a
 * missing one generated; it is on success and error responses, in the body slot, in the
 * Reactor context and in the MDC of log lines written while the request is processed, on
 * whatever thread.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ReactiveRequestIdTest {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

	@LocalServerPort
	int port;

	@Test
	void validIncomingIdIsReusedOnSuccessAndInTheErrorBody() {
		HttpResponse<String> success = new Http(this.port).get("/orders", "x-request-id", "client-42");
		assertThat(success.statusCode()).isEqualTo(200);
		assertThat(success.headers().firstValue("x-request-id")).hasValue("client-42");

		HttpResponse<String> error = new Http(this.port).get("/orders/99", "x-request-id", "client-43");
		assertThat(error.headers().firstValue("x-request-id")).hasValue("client-43");
		assertThat(Json.parse(error.body()).get("request_id").asString()).isEqualTo("client-43");
	}

	@Test
	void missingIdIsGenerated() {
		HttpResponse<String> response = new Http(this.port).get("/orders/99");
		String id = response.headers().firstValue("x-request-id").orElseThrow();
		assertThat(id).matches(UUID);
		assertThat(Json.parse(response.body()).get("request_id").asString()).isEqualTo(id);
	}

	@Test
	void hostileIdIsReplacedNotEchoed() {
		String hostile = "x".repeat(200);
		HttpResponse<String> response = new Http(this.port).get("/orders/99", "x-request-id", hostile);
		assertThat(response.headers().firstValue("x-request-id"))
			.hasValueSatisfying((id) -> assertThat(id).matches(UUID));
		assertThat(response.body()).doesNotContain(hostile);
		HttpResponse<String> withSpaces = new Http(this.port).get("/orders", "x-request-id", "a b<script>");
		assertThat(withSpaces.headers().firstValue("x-request-id"))
			.hasValueSatisfying((id) -> assertThat(id).matches(UUID));
	}

	@Test
	void idIsInTheReactorContextAndInTheMdcOfLogLines(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).get("/request-id", "x-request-id", "probe-7");
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("context").asString()).isEqualTo("probe-7");
		assertThat(body.get("mdc").asString()).isEqualTo("probe-7");
		assertThat(output).containsPattern("\\[probe-7\\].*handling request-id probe");
	}

	@Test
	void applicationLogLinesOfAControllerCarryTheId(CapturedOutput output) {
		new Http(this.port).get("/orders/1", "x-request-id", "lookup-9");
		assertThat(output).containsPattern("\\[lookup-9\\].*Looking up order 1");
	}

	@Test
	void theErrorLogLineCarriesTheIdInTheMdcToo(CapturedOutput output) {
		new Http(this.port).get("/orders/1/invoice", "x-request-id", "invoice-3");
		assertThat(output).containsPattern("\\[invoice-3\\].*GET /orders/1/invoice -> 500 INTERNAL_ERROR");
	}

}
