package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own {@code EOFException} and an {@code IOException} whose message
 * reads like a reset connection (its call to another service failed) are not a client
 * that went away: while the client is connected they keep the application's mapping
 * ({@code java.io.IOException} → 503), as on Spring MVC.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.exceptions[java.io.IOException].status=503",
				"error-envelope.exceptions[java.io.IOException].code=STORAGE_UNAVAILABLE" })
class ApplicationIoExceptionsTest {

	@LocalServerPort
	int port;

	@Test
	void ownEofExceptionKeepsItsMapping() {
		assertMapped(new Http(this.port).get("/storage/eof", "x-request-id", "own-eof"), "own-eof");
	}

	@Test
	void ownConnectionResetKeepsItsMapping() {
		assertMapped(new Http(this.port).get("/storage/reset", "x-request-id", "own-reset"), "own-reset");
	}

	private static void assertMapped(HttpResponse<String> response, String requestId) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("x-request-id")).hasValue(requestId);
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("STORAGE_UNAVAILABLE");
		assertThat(response.body()).doesNotContain("snapshot", "reset by peer");
	}

}
