package io.github.errorenvelope.tracing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.request-id.use-trace-id=true} with a real tracer, over HTTP: the trace id of
 * the server span is the request id in the header, in the body and in the MDC, and a W3C
 * {@code traceparent} sent by the client is continued: its trace id is the request id. One subclass per
 * Micrometer Tracing bridge, each run with only its bridge on the classpath (see the module's pom).
 */
@SpringBootTest(classes = TracedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.io.github.errorenvelope=debug",
				"logging.pattern.console=%level [request=%X{requestId} trace=%X{traceId}] %logger: %message%n" })
@ExtendWith(OutputCaptureExtension.class)
abstract class RealTracerTraceIdTest {

	private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

	private static final String INCOMING_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String TRACEPARENT = "00-" + INCOMING_TRACE + "-00f067aa0ba902b7-01";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
		JsonNode seen = JSON.readTree(response.body());
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
		JsonNode seen = JSON.readTree(response.body());
		assertThat(seen.get("trace_id").asString()).isEqualTo(INCOMING_TRACE);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(INCOMING_TRACE);
		assertThat(seen.get("mdc_request_id").asString()).isEqualTo(INCOMING_TRACE);
	}

	@Test
	void anErrorCarriesTheTraceIdInHeaderBodyAndLogLine(CapturedOutput output) {
		HttpResponse<String> response = get("/orders/7", "traceparent", TRACEPARENT, "x-request-id", "client-id");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(INCOMING_TRACE);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
		assertThat(body.get("request_id").asString()).isEqualTo(INCOMING_TRACE);
		assertThat(output.getOut()).containsPattern("DEBUG \\[request=" + INCOMING_TRACE + " trace=" + INCOMING_TRACE
				+ "\\] io\\.github\\.errorenvelope\\.ErrorEnvelope: GET /orders/7 .*ORDER_NOT_FOUND");
	}

	@Test
	void anErrorWithoutTraceparentCarriesTheNewTraceId() {
		HttpResponse<String> response = get("/orders/8");
		String requestId = response.headers().firstValue("x-request-id").orElseThrow();
		assertThat(requestId).matches(TRACE_ID);
		assertThat(JSON.readTree(response.body()).get("request_id").asString()).isEqualTo(requestId);
	}

	@Test
	void aFilterFailureOnTheErrorDispatchKeepsTheTraceId(CapturedOutput output) {
		HttpResponse<String> response = get("/seen", "traceparent", TRACEPARENT, "X-Fail", "yes");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(INCOMING_TRACE);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(body.get("request_id").asString()).isEqualTo(INCOMING_TRACE);
		assertThat(output.getOut()).containsPattern("ERROR \\[request=" + INCOMING_TRACE
				+ " trace=[0-9a-f]*\\] io\\.github\\.errorenvelope\\.ErrorEnvelope: GET /seen .*INTERNAL_ERROR");
	}

	private HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
