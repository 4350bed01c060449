package io.github.errorenvelope.web;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Envelopes are written with the application's own {@code JsonMapper}, so its Jackson
 * configuration (here: map members sorted by name) applies to error bodies, their details
 * included, and to wrapped success bodies.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"error-envelope.style=success-envelope", "spring.jackson.serialization.order-map-entries-by-keys=true" })
class ApplicationJsonMapperTest {

	@LocalServerPort
	int port;

	@Test
	void errorBodiesAndTheirDetailsFollowTheApplicationsMapper() {
		HttpResponse<String> response = new Http(this.port).get("/products/7");
		assertThat(response.statusCode()).isEqualTo(404);
		// the style writes data, success, message, errors and the entry's code before
		// its details; sorted by name they come out the other way round
		assertThat(response.body())
			.startsWith("{\"data\":null,\"errors\":[{\"product_id\":\"7\",\"product_not_found\":[")
			.endsWith("\"message\":\"Product 7 does not exist.\",\"success\":false}");
	}

	@Test
	void wrappedSuccessBodiesFollowTheApplicationsMapper() {
		HttpResponse<String> response = new Http(this.port).get("/codes?code=ABC");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"code\":\"ABC\"},\"message\":\"OK\",\"success\":true}");
	}

}
