package io.github.errorenvelope.robustness;

import java.time.Duration;

import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.support.ServingLog;
import io.github.errorenvelope.testapp.TestApplication;
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
 * A client that stops sending in the middle of its body and keeps the connection open:
 * when the server's read times out it gets 408 {@code TIMEOUT}, logged at {@code DEBUG} —
 * although {@code IOException} is mapped to 503 for the application's own storage.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.connection-timeout=700ms",
				"error-envelope.exceptions[java.io.IOException].status=503",
				"logging.level.io.github.errorenvelope.ErrorEnvelope=debug",
				// the DispatcherServlet starts with the server, so its INFO lines are not
				// logged while serving
				"spring.mvc.servlet.load-on-startup=1" })
class SlowRequestBodyTest {

	@LocalServerPort
	int port;

	@Test
	void bodyThatStopsArrivingGets408(CapturedOutput output) {
		long start = System.nanoTime();
		RawHttp.Response response = new RawHttp(this.port).send("POST /jobs HTTP/1.1\r\nHost: x\r\n"
				+ "Content-Type: application/json\r\nx-request-id: slow-body-1\r\nContent-Length: 100\r\n\r\n{\"name\":");
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.status()).isEqualTo(408);
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo("TIMEOUT");
		assertThat(body.get("error").get("message").asString()).isEqualTo("The request body was not received in time.");
		assertThat(body.get("request_id").asString()).isEqualTo("slow-body-1");
		assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
		assertThat(output.getOut().lines().filter((line) -> line.contains("request_id=slow-body-1"))).singleElement()
			.satisfies((line) -> assertThat(line).contains(" DEBUG ", "POST /jobs -> 408 TIMEOUT"));
		ServingLog.assertNothingAboveDebug(output);
	}

}
