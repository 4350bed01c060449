package io.github.errorenvelope.robustness;

import java.util.List;

import io.github.errorenvelope.support.Await;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.support.ServingLog;
import io.github.errorenvelope.testapp.TestApplication;
import io.github.errorenvelope.testapp.TransportController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that resets its connection in the middle of its request or of the response:
 * nothing is written for it, and nothing is logged above {@code DEBUG} — by the starter
 * or anyone else.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.exceptions[java.io.IOException].status=503",
				"logging.level.io.github.errorenvelope.ErrorEnvelope=debug",
				// the DispatcherServlet starts with the server, so its INFO lines are not
				// logged while serving
				"spring.mvc.servlet.load-on-startup=1" })
class ClientGoneTest {

	@LocalServerPort
	int port;

	@Test
	void clientVanishesMidRequest(CapturedOutput output) {
		new RawHttp(this.port).sendThenVanish("POST /jobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
				+ "x-request-id: gone-mid-request\r\nContent-Length: 1000\r\n\r\n{\"name\":", 0);
		List<String> lines = awaitLinesOf("gone-mid-request", output);
		assertThat(lines).singleElement().satisfies((line) -> assertThat(line).contains(" DEBUG ", "POST /jobs"));
		assertNothingAboveDebug(output);
	}

	@Test
	void clientVanishesMidResponse(CapturedOutput output) {
		int finished = TransportController.DOWNLOADS_FINISHED.get();
		new RawHttp(this.port)
			.sendThenVanish("GET /download HTTP/1.1\r\nHost: x\r\nx-request-id: gone-mid-response\r\n\r\n", 64 * 1024);
		Await.until(() -> TransportController.DOWNLOADS_FINISHED.get() > finished);
		Await.pause(300);
		// Tomcat drops the rest of the body once the connection is reset; if the
		// application sees the failure, the starter notes it once at DEBUG and writes
		// nothing
		assertThat(linesOf("gone-mid-response", output))
			.allSatisfy((line) -> assertThat(line).contains(" DEBUG ", "GET /download -> client went away"))
			.hasSizeLessThanOrEqualTo(1);
		assertNothingAboveDebug(output);
	}

	private static List<String> awaitLinesOf(String requestId, CapturedOutput output) {
		Await.until(() -> !linesOf(requestId, output).isEmpty());
		// give a second log line, which must not come, a moment to show up
		Await.pause(300);
		return linesOf(requestId, output);
	}

	private static List<String> linesOf(String requestId, CapturedOutput output) {
		return output.getOut().lines().filter((line) -> line.contains("request_id=" + requestId)).toList();
	}

	private static void assertNothingAboveDebug(CapturedOutput output) {
		ServingLog.assertNothingAboveDebug(output);
	}

}
