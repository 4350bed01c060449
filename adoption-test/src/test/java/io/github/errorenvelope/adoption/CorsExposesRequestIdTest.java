package io.github.errorenvelope.adoption;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser front end of the service (CORS through Spring Security's {@code cors()}
 * over a {@code CorsConfigurationSource} bean) can read the request id: admitted
 * cross-origin responses — successes and errors alike — list {@code x-request-id} in
 * {@code Access-Control-Expose-Headers} beside what the service exposes itself. In
 * {@code claid} and {@code success-envelope} the header is the only place the id is, so
 * this runs in {@code claid}.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=claid", "error-envelope.precedence=envelope-first" })
class CorsExposesRequestIdTest {

	@LocalServerPort
	int port;

	private HttpResponse<String> fromFrontEnd(String method, String path, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Origin";
		all[1] = SecurityConfig.FRONT_END;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return new Http(this.port).send(method, path, null, all);
	}

	private static String exposed(HttpResponse<String> response) {
		return String.join(", ", response.headers().allValues("Access-Control-Expose-Headers"));
	}

	@Test
	void preflightIsAdmitted() {
		HttpResponse<String> response = fromFrontEnd("OPTIONS", "/petclinic/api/owners",
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SecurityConfig.FRONT_END);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying(methods -> assertThat(methods).contains("GET"));
	}

	@Test
	void successExposesTheRequestIdBesideTheServicesOwnHeaders() {
		HttpResponse<String> response = fromFrontEnd("GET", "/petclinic/api/owners", "Authorization", Http.VET,
				"x-request-id", "browser-1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("x-request-id")).hasValue("browser-1");
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).hasSize(1);
		assertThat(exposed(response)).containsIgnoringCase("x-request-id").contains("X-Total-Count");
	}

	@Test
	void errorEnvelopeExposesTheRequestId() {
		HttpResponse<String> response = fromFrontEnd("GET", "/petclinic/api/owners/1/visits", "Authorization", Http.VET,
				"x-request-id", "browser-2");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("x-request-id")).hasValue("browser-2");
		assertThat(Http.json(response).get("error_code").asString()).isEqualTo("VISITS_UNAVAILABLE");
		assertThat(exposed(response)).containsIgnoringCase("x-request-id");
	}

	@Test
	void securitysUnauthorizedExposesTheRequestId() {
		HttpResponse<String> response = fromFrontEnd("GET", "/petclinic/api/owners/1", "x-request-id", "browser-3");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("x-request-id")).hasValue("browser-3");
		assertThat(exposed(response)).containsIgnoringCase("x-request-id");
	}

	@Test
	void aForeignOriginIsRejectedAndGetsNothingExposed() {
		HttpResponse<String> response = new Http(this.port).send("GET", "/petclinic/api/owners", null, "Origin",
				"http://evil.example", "Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
	}

	@Test
	void sameOriginRequestsAreLeftAlone() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/api/owners", "Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
	}

}
