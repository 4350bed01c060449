package io.github.errorenvelope.operability;

import java.net.http.HttpResponse;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.QuotaExceededException;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/** Customizers add members and change code, message and status, in order. */
@SpringBootTest(classes = { TestApplication.class, CustomizersTest.Customizers.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class CustomizersTest {

	@LocalServerPort
	int port;

	@TestConfiguration
	static class Customizers {

		@Bean
		@Order(2)
		ApiErrorCustomizer quotaIsUnavailable() {
			return (error, exception) -> {
				if (exception instanceof QuotaExceededException) {
					// runs second: sees the member the first customizer added
					error.status(503)
						.code("SLOW_DOWN")
						.message("Please slow down (" + error.getDetails().get("docs") + ").");
				}
			};
		}

		@Bean
		@Order(1)
		ApiErrorCustomizer docsLink() {
			return (error, exception) -> error.detail("docs", "https://docs.example.com/errors/" + error.getCode());
		}

	}

	@Test
	void customizersRunInOrderAndCanChangeEverything() {
		HttpResponse<String> response = new Http(this.port).get("/quota");
		assertThat(response.statusCode()).isEqualTo(503);
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("SLOW_DOWN");
		assertThat(error.get("message").asString())
			.isEqualTo("Please slow down (https://docs.example.com/errors/QUOTA_EXCEEDED).");
		assertThat(error.get("details").get("docs").asString())
			.isEqualTo("https://docs.example.com/errors/QUOTA_EXCEEDED");
		assertThat(error.get("details").get("retry_after").asInt()).isEqualTo(30);
	}

	@Test
	void customizersApplyToEveryErrorPath() {
		JsonNode error = Json.parse(new Http(this.port).get("/no/such/path").body()).get("error");
		assertThat(error.get("details").get("docs").asString()).endsWith("/NOT_FOUND");
	}

}
