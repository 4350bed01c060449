package io.github.errorenvelope.adoption;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.request-id.expose-in-cors=false}: the service's CORS answer is
 * exactly what its own configuration says.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.request-id.expose-in-cors=false")
class CorsExposureOptOutTest {

	@LocalServerPort
	int port;

	@Test
	void onlyTheServicesOwnHeadersAreExposed() {
		HttpResponse<String> response = new Http(this.port).get("/petclinic/api/owners", "Origin",
				SecurityConfig.FRONT_END, "Authorization", Http.VET);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("x-request-id")).isPresent();
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).containsExactly("X-Total-Count");
	}

}
