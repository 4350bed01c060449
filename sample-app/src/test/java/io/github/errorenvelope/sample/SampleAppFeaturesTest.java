package io.github.errorenvelope.sample;

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

/** The sample app's features over real HTTP, in the default style. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleAppFeaturesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

	@Test
	void securedEndpointWithoutCredentialsIs401WithChallenge() throws Exception {
		HttpResponse<String> response = send("GET", "/account");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Basic"));
		assertThat(error(response).get("code").asString()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void securedEndpointWithCredentialsSucceeds() throws Exception {
		HttpResponse<String> response = send("GET", "/account", "Authorization", basic("ada", "lovelace"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ada");
	}

	@Test
	void adminOnlyActionIs403ForAUser() throws Exception {
		HttpResponse<String> response = send("POST", "/account/purge", "Authorization", basic("ada", "lovelace"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(error(response).get("code").asString()).isEqualTo("FORBIDDEN");
	}

	@Test
	void failingFilterLeavesInTheEnvelope() throws Exception {
		HttpResponse<String> response = send("GET", "/partner/feed", "x-request-id", "partner-1");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(error(response).get("code").asString()).isEqualTo("INVALID_API_KEY");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("ApiKey header=\"X-Api-Key\"");
		assertThat(JSON.readTree(response.body()).get("request_id").asString()).isEqualTo("partner-1");
		assertThat(send("GET", "/partner/feed", "X-Api-Key", "partner-key-1").statusCode()).isEqualTo(200);
	}

	private static JsonNode error(HttpResponse<String> response) {
		return JSON.readTree(response.body()).get("error");
	}

	@Test
	void shippedOrderCannotBeCancelled() throws Exception {
		HttpResponse<String> response = send("POST", "/orders/2/cancel");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(error(response).get("code").asString()).isEqualTo("ORDER_ALREADY_SHIPPED");
		assertThat(error(response).get("details").get("order_id").asString()).isEqualTo("2");
	}

	@Test
	void exportIsRateLimitedWithRetryAfter() throws Exception {
		HttpResponse<String> response = send("POST", "/orders/1/export");
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(error(response).get("details").get("retry_after").asInt()).isEqualTo(30);
	}

	@Test
	void internalFailureHidesItsMessage() throws Exception {
		HttpResponse<String> response = send("GET", "/orders/1/invoice");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(error(response).get("code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(response.body()).doesNotContain("jdbc").doesNotContain("Exception").doesNotContain("db.internal");
	}

	@Test
	void limitIsValidated() throws Exception {
		HttpResponse<String> response = send("GET", "/orders?limit=500");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(error(response).get("details").get("field").asString()).isEqualTo("limit");
	}

	@Test
	void successCarriesTheRequestId() throws Exception {
		HttpResponse<String> response = send("GET", "/orders");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("x-request-id")).isPresent();
	}

}
