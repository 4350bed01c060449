package io.github.errorenvelope.robustness;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code error-envelope.limits.max-body-size}: declared and chunked bodies over the limit get 413. */
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
