package io.github.errorenvelope.sample.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/errorcodes} on the running sample, exposed by its configuration. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorCodesEndpointTest {

	static final JsonMapper JSON = new JsonMapper();

	@LocalServerPort
	int port;

	static HttpResponse<String> get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void listsEveryCodeWithStatusTypeMessagesDetailsAndSource() throws Exception {
		HttpResponse<String> response = get(this.port, "/actuator/errorcodes");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
		JsonNode catalog = JSON.readTree(response.body());
		assertThat(catalog.path("style").asString()).isEqualTo("nested-error");
		JsonNode validation = entry(catalog, "VALIDATION_ERROR");
		assertThat(validation.path("status").asInt()).isEqualTo(400);
		assertThat(validation.path("type").asString()).isEqualTo("validation");
		assertThat(validation.path("source").asString()).isEqualTo("built-in");
		JsonNode notFound = entry(catalog, "ORDER_NOT_FOUND");
		assertThat(notFound.path("status").asInt()).isEqualTo(404);
		assertThat(notFound.path("type").asString()).isEqualTo("not_found");
		assertThat(notFound.path("source").asString())
			.isEqualTo("io.github.errorenvelope.sample.OrderNotFoundException");
		JsonNode rateLimited = entry(catalog, "RATE_LIMITED");
		assertThat(rateLimited.path("status").asInt()).isEqualTo(429);
		assertThat(rateLimited.path("type").asString()).isEqualTo("rate_limit");
		assertThat(rateLimited.path("details").get(0).path("name").asString()).isEqualTo("retry_after");
		assertThat(rateLimited.path("details").get(0).path("header").asString()).isEqualTo("Retry-After");
		assertThat(rateLimited.path("details").get(0).path("type").asString()).isEqualTo("integer");
		assertThat(rateLimited.path("translations").path("de").asString()).startsWith("Zu viele Exporte");
		JsonNode apiKey = entry(catalog, "INVALID_API_KEY");
		assertThat(apiKey.path("status").asInt()).isEqualTo(401);
		assertThat(apiKey.path("source").asString()).endsWith("PartnerKeyFilter$InvalidApiKeyException");
		assertThat(entry(catalog, "ORDER_ALREADY_SHIPPED").path("status").asInt()).isEqualTo(409);
		assertThat(entry(catalog, "INTERNAL_ERROR").path("message").asString()).isEqualTo("Internal server error.");
	}

	static JsonNode entry(JsonNode catalog, String code) {
		for (JsonNode entry : catalog.path("codes")) {
			if (entry.path("code").asString().equals(code)) {
				return entry;
			}
		}
		throw new AssertionError("no code " + code + " in " + catalog);
	}

}
