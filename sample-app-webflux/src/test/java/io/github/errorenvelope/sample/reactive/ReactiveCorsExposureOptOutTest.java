package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code error-envelope.request-id.expose-in-cors=false} admitted cross-origin
 * responses expose only what the application lists; the id header is still sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.request-id.expose-in-cors=false")
class ReactiveCorsExposureOptOutTest {

	@LocalServerPort
	int port;

	@Test
	void onlyTheApplicationsOwnHeadersAreExposed() {
		for (String path : new String[] { "/orders/1", "/orders/99" }) {
			HttpResponse<String> response = ReactiveCorsExposesRequestIdTest.from(this.port, SecurityConfig.FRONT_END,
					"GET", path, "x-request-id", "opted-out");
			assertThat(response.headers().firstValue("x-request-id")).hasValue("opted-out");
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SecurityConfig.FRONT_END);
			assertThat(response.headers().allValues("Access-Control-Expose-Headers")).containsExactly("Retry-After");
		}
	}

}
