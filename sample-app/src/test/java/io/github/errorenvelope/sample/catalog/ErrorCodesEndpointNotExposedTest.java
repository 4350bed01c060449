package io.github.errorenvelope.sample.catalog;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Like other endpoints that describe internals, {@code errorcodes} is not served unless
 * exposed by name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=health")
class ErrorCodesEndpointNotExposedTest {

	@LocalServerPort
	int port;

	@Test
	void isNotServedWhenExposureDoesNotNameIt() throws Exception {
		HttpResponse<String> response = ErrorCodesEndpointTest.get(this.port, "/actuator/errorcodes");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(ErrorCodesEndpointTest.get(this.port, "/actuator/health").statusCode()).isEqualTo(200);
	}

}
