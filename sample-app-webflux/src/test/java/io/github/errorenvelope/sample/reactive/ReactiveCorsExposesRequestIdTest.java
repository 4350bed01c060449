package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;
import java.util.Arrays;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser front end of the reactive sample (CORS through Spring Security's
 * {@code cors()} over a {@code CorsConfigurationSource}) can read the request id:
 * admitted cross-origin responses — successes, controller errors, a {@code WebFilter}'s
 * error, Spring Security's 401 — list {@code x-request-id} in
 * {@code Access-Control-Expose-Headers} once, beside the {@code Retry-After} the sample
 * exposes itself. Rejected origins (a rejected request and a rejected preflight) get the
 * 403 envelope with the id and nothing exposed. Runs in {@code claid}, where the header
 * is the only place the id is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "error-envelope.style=claid")
class ReactiveCorsExposesRequestIdTest {

	@LocalServerPort
	int port;

	static HttpResponse<String> from(int port, String origin, String method, String path, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Origin";
		all[1] = origin;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return new Http(port).send(method, path, null, all);
	}

	private HttpResponse<String> fromFrontEnd(String method, String path, String... headers) {
		return from(this.port, SecurityConfig.FRONT_END, method, path, headers);
	}

	private static void assertExposesRequestIdOnce(HttpResponse<String> response, String requestId) {
		assertThat(response.headers().firstValue("x-request-id")).hasValue(requestId);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SecurityConfig.FRONT_END);
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).singleElement()
			.satisfies((exposed) -> assertThat(Arrays.stream(exposed.split(",")).map(String::trim))
				.filteredOn((name) -> name.equalsIgnoreCase("x-request-id"))
				.hasSize(1));
	}

	private static String exposed(HttpResponse<String> response) {
		return String.join(", ", response.headers().allValues("Access-Control-Expose-Headers"));
	}

	@Test
	void preflightIsAdmitted() {
		HttpResponse<String> response = fromFrontEnd("OPTIONS", "/orders", "Access-Control-Request-Method", "POST",
				"Access-Control-Request-Headers", "content-type");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SecurityConfig.FRONT_END);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("POST"));
	}

	@Test
	void successExposesTheRequestIdBesideTheSamplesOwnHeader() {
		HttpResponse<String> response = fromFrontEnd("GET", "/orders/1", "x-request-id", "browser-1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertExposesRequestIdOnce(response, "browser-1");
		assertThat(exposed(response)).contains("Retry-After");
	}

	@Test
	void controllerErrorExposesTheRequestIdAndTheRetryAfter() {
		HttpResponse<String> response = fromFrontEnd("POST", "/orders/1/export", "x-request-id", "browser-2");
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertExposesRequestIdOnce(response, "browser-2");
		assertThat(exposed(response)).contains("Retry-After");
	}

	@Test
	void webFilterErrorExposesTheRequestId() {
		HttpResponse<String> response = fromFrontEnd("GET", "/partner/feed", "x-request-id", "browser-3");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(Json.parse(response.body()).get("error_code").asString()).isEqualTo("INVALID_API_KEY");
		assertExposesRequestIdOnce(response, "browser-3");
	}

	@Test
	void securitysUnauthorizedExposesTheRequestId() {
		HttpResponse<String> response = fromFrontEnd("GET", "/account", "x-request-id", "browser-4");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
		assertExposesRequestIdOnce(response, "browser-4");
	}

	@Test
	void aForeignOriginGetsTheForbiddenEnvelopeAndNothingExposed() {
		HttpResponse<String> response = from(this.port, "http://evil.example", "GET", "/orders/1", "x-request-id",
				"foreign-1");
		assertForbiddenWithNothingExposed(response, "foreign-1");
	}

	@Test
	void aRejectedPreflightGetsTheForbiddenEnvelopeAndNothingExposed() {
		HttpResponse<String> response = from(this.port, "http://evil.example", "OPTIONS", "/orders", "x-request-id",
				"foreign-2", "Access-Control-Request-Method", "POST");
		assertForbiddenWithNothingExposed(response, "foreign-2");
	}

	private static void assertForbiddenWithNothingExposed(HttpResponse<String> response, String requestId) {
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Json.parse(response.body()).get("error_code").asString()).isEqualTo("FORBIDDEN");
		assertThat(response.headers().firstValue("x-request-id")).hasValue(requestId);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
	}

	@Test
	void sameOriginRequestsAreLeftAlone() {
		HttpResponse<String> response = new Http(this.port).get("/orders/1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("x-request-id")).isPresent();
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
	}

}
