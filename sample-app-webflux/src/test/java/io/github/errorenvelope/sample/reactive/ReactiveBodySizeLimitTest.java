package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.limits.max-body-size} on WebFlux: a declared or a chunked body
 * over the limit gets 413 {@code PAYLOAD_TOO_LARGE} naming the limit; smaller bodies, and
 * form posts of any size (Spring's own form and multipart limits apply to them), go
 * through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.limits.max-body-size=2KB", "error-envelope.style=flat" })
class ReactiveBodySizeLimitTest {

	@LocalServerPort
	int port;

	@Test
	void declaredBodyOverTheLimitIs413() {
		JsonNode body = Json.parse(new Http(this.port)
			.postJson("/orders", "{\"customer_name\":\"" + "x".repeat(4000) + "\"}", "x-request-id", "big-1")
			.body());
		assertThat(body.get("code").asString()).isEqualTo("payload_too_large");
		assertThat(body.get("message").asString()).isEqualTo("The request body is larger than 2048 bytes.");
		assertThat(body.get("request_id").asString()).isEqualTo("big-1");
	}

	@Test
	void chunkedBodyOverTheLimitIs413() throws Exception {
		String chunk = "{\"customer_name\":\"" + "x".repeat(3000) + "\"}";
		String request = "POST /orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(chunk.length())
				+ "\r\n" + chunk + "\r\n0\r\n\r\n";
		String raw = RawSocket.exchange(this.port, request);
		assertThat(raw).startsWith("HTTP/1.1 413").contains("\"code\":\"payload_too_large\"");
	}

	@Test
	void bodiesUnderTheLimitGoThrough() {
		assertThat(new Http(this.port)
			.postJson("/orders",
					"{\"customer_name\":\"Lin\",\"parameters\":{\"credentials\":{\"access_key\":\"k\"}},"
							+ "\"items\":[{\"sku\":\"A-1\",\"quantity\":1}]}")
			.statusCode()).isEqualTo(201);
	}

	@Test
	void formPostOverTheLimitIsLeftToSpringsFormLimits() {
		HttpResponse<String> response = new Http(this.port).send("POST", "/orders", "note=" + "x".repeat(3000),
				"Content-Type", "application/x-www-form-urlencoded");
		// the orders endpoint reads JSON only
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).doesNotContain("payload_too_large");
	}

}
