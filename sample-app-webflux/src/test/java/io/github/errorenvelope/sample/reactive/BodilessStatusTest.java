package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's bodiless 404, and what the envelope for bodiless error statuses leaves
 * alone (the statuses themselves are rows of the error-path matrix, in every style): a
 * {@code HEAD} request, whose body is never sent, and the zero-copy file transfer of the
 * server's response.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BodilessStatusTest {

	@LocalServerPort
	int port;

	@Test
	void headRequestKeepsTheApplicationsBodilessStatus() {
		HttpResponse<String> head = new Http(this.port).send("HEAD", "/bodiless/not-found", null, "x-request-id",
				"head-1");
		assertThat(head.statusCode()).isEqualTo(404);
		assertThat(head.headers().firstValue("Content-Type")).isEmpty();
		assertThat(head.headers().firstValue("x-request-id")).hasValue("head-1");
		HttpResponse<String> get = new Http(this.port).get("/bodiless/not-found");
		assertThat(get.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void bodilessNotFoundAnswersAsTheReadmeShows() {
		HttpResponse<String> response = new Http(this.port).get("/bodiless/not-found", "x-request-id", "summary-1");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(Json.normalize(response.body())).isEqualTo(Json.normalize(
				"{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Resource not found.\"},\"request_id\":\"summary-1\"}"));
	}

	@Test
	void responsesStillOfferZeroCopyFileTransfer() {
		HttpResponse<String> response = new Http(this.port).get("/bodiless/zero-copy");
		assertThat(Json.parse(response.body()).get("zero_copy").asBoolean()).isTrue();
	}

}
