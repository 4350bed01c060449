package io.github.errorenvelope.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.errorenvelope.test.ErrorEnvelopeAssert;
import io.github.errorenvelope.test.ErrorEnvelopeAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample app's features over real HTTP, in the default style. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleAppFeaturesTest {

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
		envelope(response).hasStatus(401).hasCode("UNAUTHORIZED").hasRequestIdHeader();
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
	}

	@Test
	void securedEndpointWithCredentialsSucceeds() throws Exception {
		HttpResponse<String> response = send("GET", "/account", "Authorization", basic("ada", "lovelace"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ada");
	}

	@Test
	void adminOnlyActionIs403ForAUser() throws Exception {
		envelope(send("POST", "/account/purge", "Authorization", basic("ada", "lovelace"))).hasStatus(403)
			.hasCode("FORBIDDEN");
	}

	@Test
	void failingFilterLeavesInTheEnvelope() throws Exception {
		HttpResponse<String> response = send("GET", "/partner/feed", "x-request-id", "partner-1");
		envelope(response).hasStatus(401)
			.hasCode("INVALID_API_KEY")
			.hasRequestId("partner-1")
			.hasRequestIdHeader("partner-1");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("ApiKey header=\"X-Api-Key\"");
		assertThat(send("GET", "/partner/feed", "X-Api-Key", "partner-key-1").statusCode()).isEqualTo(200);
	}

	private static ErrorEnvelopeAssert envelope(HttpResponse<String> response) {
		return ErrorEnvelopeAssertions.assertThat(response).isErrorEnvelope().hasStyle("nested-error");
	}

	@Test
	void shippedOrderCannotBeCancelled() throws Exception {
		envelope(send("POST", "/orders/2/cancel")).hasStatus(409)
			.hasCode("ORDER_ALREADY_SHIPPED")
			.hasDetail("order_id", "2");
	}

	@Test
	void exportIsRateLimitedWithRetryAfter() throws Exception {
		HttpResponse<String> response = send("POST", "/orders/1/export");
		envelope(response).hasStatus(429).hasCode("RATE_LIMITED").hasDetail("retry_after", 30);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
	}

	@Test
	void labelIsRateLimitedOnceThenServed() throws Exception {
		envelope(send("GET", "/orders/5/label")).hasStatus(429).hasRetryAfterSeconds(1);
		HttpResponse<String> second = send("GET", "/orders/5/label");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("LABEL-5");
	}

	@Test
	void internalFailureHidesItsMessage() throws Exception {
		HttpResponse<String> response = send("GET", "/orders/1/invoice");
		envelope(response).hasStatus(500).hasCode("INTERNAL_ERROR").hasMessage("Internal server error.");
		assertThat(response.body()).doesNotContain("jdbc").doesNotContain("Exception").doesNotContain("db.internal");
	}

	@Test
	void limitIsValidated() throws Exception {
		envelope(send("GET", "/orders?limit=500")).hasStatus(400)
			.hasCode("VALIDATION_ERROR")
			.hasViolation("limit", "must be less than or equal to 100");
	}

	@Test
	void successCarriesTheRequestId() throws Exception {
		HttpResponse<String> response = send("GET", "/orders");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("x-request-id")).isPresent();
	}

}
