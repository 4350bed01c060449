package io.github.errorenvelope.robustness;

import java.net.http.HttpResponse;
import java.util.Locale;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.style.NestedErrorStyle;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults inside the error path itself: a throwing customizer, a throwing style, a broken
 * message source, an exception whose {@code getMessage()} throws, a response already
 * committed.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = { TestApplication.class, ErrorPathFaultsTest.Faults.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPathFaultsTest {

	@LocalServerPort
	int port;

	@TestConfiguration
	static class Faults {

		@Bean
		ApiErrorCustomizer brokenCustomizer() {
			return (error, exception) -> {
				if ("/products/666".equals(error.getPath())) {
					throw new IllegalStateException("customizer bug");
				}
			};
		}

		@Bean
		EnvelopeStyle brokenStyle() {
			NestedErrorStyle real = new NestedErrorStyle();
			return error -> {
				if ("/products/777".equals(error.getPath())) {
					throw new IllegalStateException("style bug");
				}
				return real.render(error);
			};
		}

		@Bean
		MessageSource messageSource() {
			return new MessageSource() {
				@Override
				public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
					throw new IllegalStateException("message source down");
				}

				@Override
				public String getMessage(String code, Object[] args, Locale locale) {
					throw new IllegalStateException("message source down");
				}

				@Override
				public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
					throw new IllegalStateException("message source down");
				}
			};
		}

	}

	private static void assertMinimal500(HttpResponse<String> response, String requestId) {
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("x-request-id")).hasValue(requestId);
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(body.get("request_id").asString()).isEqualTo(requestId);
		assertThat(response.body()).doesNotContain("bug");
	}

	@Test
	void throwingCustomizerGivesMinimal500LoggedOnce(CapturedOutput output) {
		assertMinimal500(new Http(this.port).get("/products/666", "x-request-id", "fault-1"), "fault-1");
		assertThat(output.getOut().split("customizer bug", -1)).hasSize(2);
		assertThat(output.getOut()).contains("Error envelope could not be rendered").contains("request_id=fault-1");
	}

	@Test
	void throwingStyleGivesMinimal500(CapturedOutput output) {
		assertMinimal500(new Http(this.port).get("/products/777", "x-request-id", "fault-2"), "fault-2");
		assertThat(output.getOut().split("style bug", -1)).hasSize(2);
	}

	@Test
	void brokenMessageSourceKeepsTheDefaultMessage() {
		HttpResponse<String> response = new Http(this.port).get("/products/1", "x-request-id", "fault-3");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Json.parse(response.body()).get("error").get("message").asString())
			.isEqualTo("Product 1 does not exist.");
	}

	@Test
	void exceptionWhoseMessageThrowsStillGetsItsEnvelope() {
		HttpResponse<String> response = new Http(this.port).get("/fault/message", "x-request-id", "fault-4");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Json.parse(response.body()).get("error").get("message").asString()).isEqualTo("Bad request.");
	}

	@Test
	void committedResponseIsLeftAloneAndLogged(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).get("/fault/streaming", "x-request-id", "fault-5");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("partial-");
		// one line, at the error's own level, with the request's real method and path
		assertThat(output.getOut().lines().filter((line) -> line.contains("request_id=fault-5")))
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("ERROR", "GET /fault/streaming -> 500 INTERNAL_ERROR",
					"response already committed, envelope not written");
	}

}
