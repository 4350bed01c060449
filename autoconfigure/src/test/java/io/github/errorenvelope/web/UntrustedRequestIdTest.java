package io.github.errorenvelope.web;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code trust-incoming=false} and a custom header name. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"error-envelope.request-id.trust-incoming=false", "error-envelope.request-id.header=X-Correlation-Id" })
class UntrustedRequestIdTest {

	@LocalServerPort
	int port;

	@Test
	void incomingIdIsIgnoredAndTheConfiguredHeaderIsUsed() {
		HttpResponse<String> response = new Http(this.port).get("/products/1", "X-Correlation-Id", "client-1");
		String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
		assertThat(id).isNotEqualTo("client-1").matches(RequestIdTest.UUID_PATTERN);
		assertThat(response.body()).contains(id).doesNotContain("client-1");
	}

}
