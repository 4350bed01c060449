package io.github.errorenvelope.logging;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
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

/** Huge input gives small bodies and small log lines. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"logging.level.io.github.errorenvelope.ErrorEnvelope=debug", "error-envelope.expose-rejected-values=true" })
class BoundedOutputTest {

	private static final String MEGABYTE = "m".repeat(1024 * 1024);

	@LocalServerPort
	int port;

	@Test
	void megabyteFieldGivesBoundedBodyAndLogLines(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).postJson("/bulk",
				"{\"label\":\"" + MEGABYTE + "\",\"lines\":[]}", "x-request-id", "big-1");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().length()).isLessThan(2048);
		JsonNode violation = Json.parse(response.body()).get("error").get("details").get("violations").get(0);
		assertThat(violation.get("rejected_value").asString()).hasSizeLessThanOrEqualTo(256);
		assertThat(output.getOut()).contains("[request_id=big-1]").doesNotContain("mmmmmmmmmm");
		assertThat(output.getOut().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(8192));
	}

	@Test
	void megabyteInAnExceptionMessageIsCutInTheLog(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).postJson("/echo-failure",
				"{\"value\":\"" + MEGABYTE + "\"}", "x-request-id", "big-2");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("mmmm");
		assertThat(output.getOut()).contains("[request_id=big-2]").contains("could not process value mmm");
		assertThat(output.getOut().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(8192));
	}

}
