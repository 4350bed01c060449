package io.github.errorenvelope.robustness;

import java.util.List;

import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.support.ServingLog;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body broken at the transport level (cut off, bad chunked encoding, bad
 * trailer) is the client's error: 400 {@code MALFORMED_REQUEST}, one {@code DEBUG} line
 * with the real method and path, no stack trace — although the application maps
 * {@code IOException} (which the container's exceptions extend) to 503 for its own
 * storage failures, which keep that mapping.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.exceptions[java.io.IOException].status=503",
				"error-envelope.exceptions[java.io.IOException].code=STORAGE_UNAVAILABLE",
				"error-envelope.limits.max-body-size=1KB", "logging.level.io.github.errorenvelope.ErrorEnvelope=debug",
				// the DispatcherServlet starts with the server, so its INFO lines are not
				// logged while serving
				"spring.mvc.servlet.load-on-startup=1" })
class BrokenRequestBodyTest {

	/**
	 * A broken body, sent to an endpoint that reads it with a message converter and to
	 * one that reads the raw stream itself.
	 *
	 * @param name what is broken
	 * @param framing the transfer headers and the broken body that follows the head
	 */
	record BrokenBody(String name, String framing) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final List<BrokenBody> BROKEN_BODIES = List.of(
			new BrokenBody("short body, then EOF", "Content-Length: 100\r\n\r\n{\"name\":\"a\""),
			new BrokenBody("chunk shorter than declared, then EOF",
					"Transfer-Encoding: chunked\r\n\r\n20\r\n{\"name\":\"a\""),
			new BrokenBody("chunk size not hex",
					"Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"name\":\"a\"}\r\n0\r\n\r\n"),
			new BrokenBody("chunk size overflows",
					"Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n{\"name\":\"a\"}\r\n0\r\n\r\n"),
			new BrokenBody("control character in a chunk extension",
					"Transfer-Encoding: chunked\r\n\r\nc;ext=\u0001\r\n{\"name\":\"a\"}\r\n0\r\n\r\n"),
			new BrokenBody("malformed trailer",
					"Transfer-Encoding: chunked\r\n\r\nc\r\n{\"name\":\"a\"}\r\n0\r\nbad trailer\r\n\r\n"),
			new BrokenBody("chunk data without its CRLF",
					"Transfer-Encoding: chunked\r\n\r\nc\r\n{\"name\":\"a\"}XX0\r\n\r\n"));

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} (message converter)")
	@FieldSource("BROKEN_BODIES")
	void readByAMessageConverter(BrokenBody body, CapturedOutput output) {
		assertClientError(send("/jobs", body, "conv"), "/jobs", output);
	}

	@ParameterizedTest(name = "{0} (raw input stream)")
	@FieldSource("BROKEN_BODIES")
	void readByTheHandlerItself(BrokenBody body, CapturedOutput output) {
		assertClientError(send("/blobs", body, "raw"), "/blobs", output);
	}

	@Test
	void applicationsOwnIoFailuresKeepTheirMapping() {
		for (String path : new String[] { "/storage/io", "/storage/eof" }) {
			RawHttp.Response response = new RawHttp(this.port)
				.send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
			assertThat(response.status()).as(path).isEqualTo(503);
			assertThat(Json.parse(response.body()).get("error").get("code").asString())
				.isEqualTo("STORAGE_UNAVAILABLE");
		}
	}

	@Test
	void bodyOverTheLimitStays413DespiteTheIoExceptionMapping() {
		RawHttp.Response declared = new RawHttp(this.port).send("POST /jobs HTTP/1.1\r\nHost: x\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n");
		assertThat(declared.status()).isEqualTo(413);
		String chunk = "x".repeat(1500);
		RawHttp.Response streamed = new RawHttp(this.port).send("POST /blobs HTTP/1.1\r\nHost: x\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
				+ Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
		assertThat(streamed.status()).isEqualTo(413);
		assertThat(Json.parse(streamed.body()).get("error").get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	private RawHttp.Response send(String path, BrokenBody body, String idPrefix) {
		String requestId = idPrefix + "-" + Integer.toHexString(body.name().hashCode());
		return new RawHttp(this.port).sendThenStopSending("POST " + path + " HTTP/1.1\r\nHost: x\r\n"
				+ "Content-Type: application/json\r\nx-request-id: " + requestId + "\r\n" + body.framing());
	}

	private static void assertClientError(RawHttp.Response response, String path, CapturedOutput output) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("content-type")).isEqualTo("application/json");
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo("MALFORMED_REQUEST");
		assertThat(body.get("error").get("message").asString()).isEqualTo("The request body could not be read.");
		String requestId = response.header("x-request-id");
		assertThat(body.get("request_id").asString()).isEqualTo(requestId);
		List<String> lines = output.getOut()
			.lines()
			.filter((line) -> line.contains("request_id=" + requestId))
			.toList();
		assertThat(lines).singleElement()
			.satisfies((line) -> assertThat(line).contains(" DEBUG ", "POST " + path + " -> 400 MALFORMED_REQUEST"));
		ServingLog.assertNothingAboveDebug(output);
	}

}
