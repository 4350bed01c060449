package io.github.errorenvelope.sample.reactive;

import java.util.List;

import io.github.errorenvelope.support.Await;
import io.github.errorenvelope.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that resets its connection in the middle of a large response on Reactor Netty:
 * the failed write is the client going away — noted once at {@code DEBUG}, nothing
 * written, nothing logged above {@code DEBUG} on the server's threads — although the
 * application maps {@code IOException} (which the reset's exception is) to 503.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.exceptions[java.io.IOException].status=503",
				"logging.level.io.github.errorenvelope.ErrorEnvelope=debug" })
class ReactiveClientGoneTest {

	@LocalServerPort
	int port;

	@Test
	void clientVanishesMidRequest(CapturedOutput output) {
		new RawHttp(this.port).sendThenVanish("POST /orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
				+ "x-request-id: gone-mid-request\r\nContent-Length: 1000\r\n\r\n{\"customer_name\":", 0);
		Await.pause(500);
		assertThat(linesOf("gone-mid-request", output))
			.allSatisfy((line) -> assertThat(line).contains(" DEBUG ", "POST /orders -> client went away"))
			.hasSizeLessThanOrEqualTo(1);
		assertNothingAboveDebugWhileServing(output);
	}

	@Test
	void clientVanishesMidResponse(CapturedOutput output) {
		int finished = TransportEndpoints.DOWNLOADS_FINISHED.get();
		new RawHttp(this.port)
			.sendThenVanish("GET /download HTTP/1.1\r\nHost: x\r\nx-request-id: gone-mid-response\r\n\r\n", 64 * 1024);
		Await.until(() -> TransportEndpoints.DOWNLOADS_FINISHED.get() > finished);
		Await.pause(500);
		assertThat(linesOf("gone-mid-response", output))
			.allSatisfy((line) -> assertThat(line).contains(" DEBUG ", "GET /download -> client went away"))
			.hasSizeLessThanOrEqualTo(1);
		assertNothingAboveDebugWhileServing(output);
	}

	/**
	 * No stack trace, and no line above {@code DEBUG} from any thread but the one that
	 * starts the application.
	 */
	private static void assertNothingAboveDebugWhileServing(CapturedOutput output) {
		List<String> lines = output.getAll().lines().toList();
		assertThat(lines).noneMatch((line) -> line.startsWith("\tat ") || line.startsWith("Caused by: "));
		assertThat(lines.stream().filter((line) -> !line.contains("main]")))
			.noneMatch((line) -> line.contains(" ERROR ") || line.contains(" WARN ") || line.contains(" INFO "));
	}

	private static List<String> linesOf(String requestId, CapturedOutput output) {
		return output.getOut().lines().filter((line) -> line.contains("request_id=" + requestId)).toList();
	}

}
