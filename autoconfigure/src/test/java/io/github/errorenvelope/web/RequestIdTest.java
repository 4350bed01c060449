package io.github.errorenvelope.web;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id over real HTTP: accepted, generated, hostile values replaced, in the
 * MDC.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestIdTest {

	static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String... headers) {
		return new Http(this.port).get(path, headers);
	}

	private static String header(HttpResponse<String> response) {
		return response.headers().firstValue("x-request-id").orElseThrow();
	}

	@Test
	void validIncomingIdIsReusedOnErrorsInHeaderAndBody() {
		HttpResponse<String> response = get("/products/1", "x-request-id", "client-42.a:b_c");
		assertThat(header(response)).isEqualTo("client-42.a:b_c");
		assertThat(Json.parse(response.body()).get("request_id").asString()).isEqualTo("client-42.a:b_c");
	}

	@Test
	void idIsGeneratedWhenAbsentAndMatchesTheBody() {
		HttpResponse<String> response = get("/products/1");
		assertThat(header(response)).matches(UUID_PATTERN);
		assertThat(Json.parse(response.body()).get("request_id").asString()).isEqualTo(header(response));
	}

	@Test
	void successResponsesCarryTheIdToo() {
		HttpResponse<String> response = get("/greeting", "x-request-id", "ok-1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response)).isEqualTo("ok-1");
		assertThat(get("/greeting").headers().firstValue("x-request-id"))
			.hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
	}

	@Test
	void hostileValuesAreReplacedNeverEchoed() {
		for (String hostile : new String[] { "<script>alert(1)</script>", "a".repeat(129), "x".repeat(5_000),
				"id with spaces", "id;drop table", "ïd", "\"quoted\"" }) {
			HttpResponse<String> response = get("/products/1", "x-request-id", hostile);
			assertThat(header(response)).as(hostile).matches(UUID_PATTERN);
			assertThat(response.body()).doesNotContain(hostile);
		}
	}

	@Test
	void longestValidIdIsAccepted() {
		String longest = "a".repeat(128);
		assertThat(header(get("/products/1", "x-request-id", longest))).isEqualTo(longest);
	}

	@Test
	void idIsInTheMdcDuringTheRequest() {
		HttpResponse<String> response = get("/mdc", "x-request-id", "mdc-check-1");
		assertThat(Json.parse(response.body()).get("mdc").asString()).isEqualTo("mdc-check-1");
		HttpResponse<String> generated = get("/mdc");
		assertThat(Json.parse(generated.body()).get("mdc").asString()).isEqualTo(header(generated));
	}

	@Test
	void unknownPathsReachingTheErrorPathKeepTheId() {
		HttpResponse<String> response = get("/no/such/path", "x-request-id", "lost-1");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(header(response)).isEqualTo("lost-1");
		assertThat(Json.parse(response.body()).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
	}

}
