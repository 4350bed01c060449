package io.github.errorenvelope.robustness;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.errorenvelope.autoconfigure.ErrorEnvelopeProperties;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.limits.max-body-size} (10 MB by default, 64 KB here): declared
 * and chunked bodies over the limit get 413; a declared one is refused without reading a
 * byte of it.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.limits.max-body-size=64KB")
class BodySizeLimitTest {

	private static final String BIG = "{\"label\":\"" + "b".repeat(100_000) + "\",\"lines\":[]}";

	@LocalServerPort
	int port;

	@Test
	void declaredOversizedBodyIsRefusedBeforeReading() {
		HttpResponse<String> response = new Http(this.port).postJson("/bulk", BIG, "x-request-id", "limit-1");
		assertThat(response.statusCode()).isEqualTo(413);
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(error.get("details").get("max_body_size").asLong()).isEqualTo(65536);
	}

	@Test
	void theDefaultLimitIsTenMegabytes() {
		assertThat(new ErrorEnvelopeProperties().getLimits().getMaxBodySize()).isEqualTo(DataSize.ofMegabytes(10));
	}

	@Test
	void aClientThatDeclaresAHugeBodyAndSendsNothingGetsIts413Promptly() {
		// the client keeps its connection open and never sends the body: a server that
		// tried to read it would wait until the client's 10 s socket timeout
		long start = System.nanoTime();
		RawHttp.Response response = new RawHttp(this.port).send("POST /bulk HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 1073741824\r\nx-request-id: unread-1\r\n\r\n");
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("x-request-id")).isEqualTo("unread-1");
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(elapsedMillis).as("milliseconds to the 413").isLessThan(2_000);
	}

	@Test
	void chunkedOversizedBodyFailsWhenItPassesTheLimit() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/bulk"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(BIG.getBytes())))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Json.parse(response.body()).get("error").get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	void bodiesUnderTheLimitAreRead() {
		assertThat(new Http(this.port).postJson("/bulk", "{\"lines\":[{\"quantity\":2}]}").statusCode()).isEqualTo(200);
	}

}
