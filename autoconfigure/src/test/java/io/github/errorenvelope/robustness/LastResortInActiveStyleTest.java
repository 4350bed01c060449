package io.github.errorenvelope.robustness;

import java.net.http.HttpResponse;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a customizer breaks, the last-resort 500 still has the active style's shape (here
 * {@code flat}, with a renamed code), not a fixed body of another style.
 */
@SpringBootTest(classes = { TestApplication.class, LastResortInActiveStyleTest.BrokenCustomizer.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=flat", "error-envelope.codes.INTERNAL_ERROR=E500" })
class LastResortInActiveStyleTest {

	@LocalServerPort
	int port;

	@TestConfiguration
	static class BrokenCustomizer {

		@Bean
		ApiErrorCustomizer brokenCustomizer() {
			return (error, exception) -> {
				throw new IllegalStateException("customizer bug");
			};
		}

	}

	@Test
	void lastResortIsRenderedByTheActiveStyle() {
		HttpResponse<String> response = new Http(this.port).get("/products/1", "x-request-id", "last-1");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("message").asString()).isEqualTo("Internal server error.");
		assertThat(body.get("type").asString()).isEqualTo("server");
		assertThat(body.get("code").asString()).isEqualTo("E500");
		assertThat(body.get("request_id").asString()).isEqualTo("last-1");
		assertThat(body.has("error")).isFalse();
	}

}
