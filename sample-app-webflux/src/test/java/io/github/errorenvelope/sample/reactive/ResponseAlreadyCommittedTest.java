package io.github.errorenvelope.sample.reactive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream that fails after its first items were sent: the client gets no envelope glued
 * onto the half-sent body and no terminating chunk (so the truncation shows), and the
 * failure is logged once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ResponseAlreadyCommittedTest {

	@LocalServerPort
	int port;

	@Test
	void failureAfterCommitAbortsTheResponseAndLogsOnce(CapturedOutput output) throws Exception {
		String raw = RawSocket.exchange(this.port,
				"GET /stream-then-fail HTTP/1.1\r\nHost: localhost\r\nx-request-id: stream-1\r\n\r\n");

		assertThat(raw).startsWith("HTTP/1.1 200").contains("x-request-id: stream-1").contains("{\"n\":1}");
		assertThat(raw).doesNotContain("INTERNAL_ERROR").doesNotContain("db.internal");
		// the server closed the connection without the last chunk: the client can tell
		// the body is cut off
		assertThat(raw).doesNotContain("\r\n0\r\n\r\n");
		Thread.sleep(200);
		assertThat(output.getOut().lines().filter((line) -> line.contains("/stream-then-fail") && line.contains("500")))
			.singleElement()
			.satisfies(
					(line) -> assertThat(line).contains("response already committed").contains("request_id=stream-1"));
		assertThat(output).doesNotContain("ServerHttpResponse already committed");
	}

}
