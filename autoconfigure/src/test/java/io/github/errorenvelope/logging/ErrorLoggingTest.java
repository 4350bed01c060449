package io.github.errorenvelope.logging;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One line per error, at the configured level, with the request id and nothing from the
 * request body.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.io.github.errorenvelope.ErrorEnvelope=debug",
				"error-envelope.logging.levels.410=warn",
				"error-envelope.logging.levels[io.github.errorenvelope.testapp.QuotaExceededException]=off",
				"error-envelope.logging.repeat-window=0" })
class ErrorLoggingTest {

	@LocalServerPort
	int port;

	private static long count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
	}

	@Test
	void serverErrorLogsOneLineWithItsStackTrace(CapturedOutput output) {
		new Http(this.port).get("/boom", "x-request-id", "log-500");
		String log = output.getOut();
		assertThat(log).contains("ERROR")
			.contains("GET /boom -> 500 INTERNAL_ERROR (IllegalStateException) [request_id=log-500]");
		assertThat(count(log, "[request_id=log-500]")).isEqualTo(1);
		assertThat(count(log, "java.lang.IllegalStateException: secret connection string")).isEqualTo(1);
		assertThat(log).contains("\tat io.github.errorenvelope.testapp.TestController.boom");
		assertThat(log).doesNotContain("Resolved [");
	}

	@Test
	void clientErrorLogsAtDebugWithoutStackTraceOrRequestData(CapturedOutput output) {
		new Http(this.port).postJson("/jobs", "{\"name\":\"SECRET-" + "v".repeat(60) + "\"}", "x-request-id",
				"log-400");
		String log = output.getOut();
		assertThat(log).contains("DEBUG")
			.contains("POST /jobs -> 400 VALIDATION_ERROR (MethodArgumentNotValidException) [request_id=log-400]");
		assertThat(count(log, "[request_id=log-400]")).isEqualTo(1);
		assertThat(log).doesNotContain("SECRET-").doesNotContain("\tat ");
		assertThat(log).doesNotContain("Resolved [");
	}

	@Test
	void levelsCanBeSetPerStatusAndPerException(CapturedOutput output) {
		Http http = new Http(this.port);
		http.get("/gone", "x-request-id", "log-410");
		http.get("/quota", "x-request-id", "log-429");
		String log = output.getOut();
		assertThat(log)
			.containsPattern("WARN .*GET /gone -> 410 GONE \\(ResponseStatusException\\) \\[request_id=log-410]");
		assertThat(log).doesNotContain("log-429");
	}

	@Test
	void errorsOutsideSpringMvcAreLoggedOnceToo(CapturedOutput output) {
		new Http(this.port).get("/greeting", "X-Fail", "boom", "x-request-id", "log-filter");
		String log = output.getOut();
		assertThat(count(log, "[request_id=log-filter]")).isEqualTo(1);
		assertThat(count(log, "java.lang.IllegalStateException: filter exploded")).isEqualTo(1);
		assertThat(log).doesNotContain("Servlet.service()");
	}

}
