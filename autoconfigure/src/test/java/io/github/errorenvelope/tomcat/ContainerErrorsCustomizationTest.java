package io.github.errorenvelope.tomcat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Container errors go through the same settings and hooks as every other error — renamed
 * codes, the configured request-id header, {@code ApiErrorCustomizer}s (with a
 * {@code null} exception) — and the valve never touches a response the application or
 * Spring wrote.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.codes.MALFORMED_REQUEST=E400", "error-envelope.request-id.header=X-Trace-Id" })
@Import(ContainerErrorsCustomizationTest.Hooks.class)
class ContainerErrorsCustomizationTest {

	@LocalServerPort
	int port;

	@Autowired
	List<Throwable> seenExceptions;

	@Test
	void renamedCodeConfiguredHeaderAndCustomizersApply() {
		this.seenExceptions.clear();
		RawHttp.Response response = send("GET /greeting%2Fx HTTP/1.1\r\nHost: localhost\r\nX-Trace-Id: trace-7\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("X-Trace-Id")).isEqualTo("trace-7");
		assertThat(response.header("x-request-id")).isNull();
		assertThat(Json.normalize(response.body())).isEqualTo(Json.normalize("""
				{"error": {"code": "E400", "message": "The request is malformed.",
				           "details": {"docs": "https://docs.example.com/errors/MALFORMED_REQUEST"}},
				 "request_id": "trace-7"}
				"""));
		assertThat(this.seenExceptions).containsExactly((Throwable) null);
	}

	@Test
	void errorsSpringRenderedAreLeftAlone() {
		RawHttp.Response response = send(
				"GET /products/42 HTTP/1.1\r\nHost: localhost\r\nX-Trace-Id: trace-9\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(404);
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(error.get("message").asString()).isEqualTo("Product 42 does not exist.");
	}

	@Test
	void errorStatusWithoutBodyFromTheApplicationGetsTheEnvelopeOnceNotTheValvePage() {
		// the error filter envelopes a bodiless error status; the valve must not write a
		// second body
		RawHttp.Response response = send(
				"GET /container-test/empty-conflict HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(409);
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("CONFLICT");
	}

	@Test
	void errorPageTheApplicationWroteItselfIsLeftAlone() {
		RawHttp.Response response = send(
				"GET /container-test/own-page HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(418);
		assertThat(response.header("Content-Type")).startsWith("text/plain");
		assertThat(response.body()).isEqualTo("my own teapot page");
	}

	private RawHttp.Response send(String request) {
		return new RawHttp(this.port).send(request);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Hooks {

		@Bean
		List<Throwable> seenExceptions() {
			return new CopyOnWriteArrayList<>();
		}

		@Bean
		ApiErrorCustomizer docsLink(List<Throwable> seenExceptions) {
			return (error, exception) -> {
				if (error.getStatus() == 400) {
					seenExceptions.add(exception);
				}
				error.detail("docs", "https://docs.example.com/errors/" + error.getCode());
			};
		}

		@Bean
		OwnResponsesController ownResponsesController() {
			return new OwnResponsesController();
		}

	}

	@RestController
	static class OwnResponsesController {

		@GetMapping("/container-test/empty-conflict")
		ResponseEntity<Void> emptyConflict() {
			return ResponseEntity.status(409).build();
		}

		@GetMapping("/container-test/own-page")
		void ownPage(HttpServletResponse response) throws IOException {
			response.setStatus(418);
			response.setContentType("text/plain");
			response.getWriter().write("my own teapot page");
		}

	}

}
