package io.github.errorenvelope.tracing;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.request-id.use-trace-id=true} with a real tracer, over HTTP: the
 * trace id of the server span is the request id in the header, in the body and in the
 * MDC, and a W3C {@code traceparent} sent by the client is continued: its trace id is the
 * request id. One subclass per Micrometer Tracing bridge, each run with only its bridge
 * on the classpath (see the module's pom).
 */
@SpringBootTest(classes = TracedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.io.github.errorenvelope=debug",
				"logging.pattern.console=%level [request=%X{requestId} trace=%X{traceId}] %logger: %message%n" })
@ExtendWith(OutputCaptureExtension.class)
abstract class RealTracerTraceIdTest {

	private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

	private static final String INCOMING_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String TRACEPARENT = "00-" + INCOMING_TRACE + "-00f067aa0ba902b7-01";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	/** The tracer the bridge under test auto-configures. */
	abstract String tracerClassName();

	@Test
	void theTracerIsTheRealBridge() {
		assertThat(this.context.getBean(io.micrometer.tracing.Tracer.class).getClass().getName())
			.isEqualTo(tracerClassName());
	}

	@Test
	void theServerSpansTraceIdIsTheRequestIdInHeaderAndMdc() {
		HttpResponse<String> response = get("/seen", "x-request-id", "client-chosen-id");
		JsonNode seen = Json.parse(response.body());
		String traceId = seen.get("trace_id").asString();
		assertThat(traceId).matches(TRACE_ID);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(traceId);
		assertThat(seen.get("mdc_request_id").asString()).isEqualTo(traceId);
		assertThat(seen.get("mdc_trace_id").asString()).isEqualTo(traceId);
	}

	@Test
	void everyRequestHasItsOwnTrace() {
		String first = get("/seen").headers().firstValue("x-request-id").orElseThrow();
		String second = get("/seen").headers().firstValue("x-request-id").orElseThrow();
		assertThat(first).matches(TRACE_ID);
		assertThat(second).matches(TRACE_ID).isNotEqualTo(first);
	}

	@Test
	void anIncomingTraceparentIsContinued() {
		HttpResponse<String> response = get("/seen", "traceparent", TRACEPARENT);
		JsonNode seen = Json.parse(response.body());
		assertThat(seen.get("trace_id").asString()).isEqualTo(INCOMING_TRACE);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(INCOMING_TRACE);
		assertThat(seen.get("mdc_request_id").asString()).isEqualTo(INCOMING_TRACE);
	}

	@Test
	void anErrorCarriesTheTraceIdInHeaderBodyAndLogLine(CapturedOutput output) {
		assertError(get("/orders/7", "traceparent", TRACEPARENT, "x-request-id", "client-id"), 404, "ORDER_NOT_FOUND",
				INCOMING_TRACE);
		assertThat(output.getOut()).containsPattern("DEBUG \\[request=" + INCOMING_TRACE + " trace=" + INCOMING_TRACE
				+ "\\] io\\.github\\.errorenvelope\\.ErrorEnvelope: GET /orders/7 .*ORDER_NOT_FOUND");
	}

	@Test
	void anErrorWithoutTraceparentCarriesTheNewTraceId() {
		HttpResponse<String> response = get("/orders/8");
		String requestId = response.headers().firstValue("x-request-id").orElseThrow();
		assertThat(requestId).matches(TRACE_ID);
		assertError(response, 404, "ORDER_NOT_FOUND", requestId);
	}

	@Test
	void aFilterFailureOnTheErrorDispatchKeepsTheTraceId(CapturedOutput output) {
		assertError(get("/seen", "traceparent", TRACEPARENT, "X-Fail", "yes"), 500, "INTERNAL_ERROR", INCOMING_TRACE);
		assertThat(output.getOut()).containsPattern("ERROR \\[request=" + INCOMING_TRACE
				+ " trace=[0-9a-f]*\\] io\\.github\\.errorenvelope\\.ErrorEnvelope: GET /seen .*INTERNAL_ERROR");
	}

	private HttpResponse<String> get(String path, String... headers) {
		return new Http(this.port).get(path, headers);
	}

	/** The error's status and code, and the trace id as request id in header and body. */
	private static void assertError(HttpResponse<String> response, int status, String code, String traceId) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(traceId);
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo(code);
		assertThat(body.get("request_id").asString()).isEqualTo(traceId);
	}

}
