package io.github.errorenvelope.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.context.WebApplicationContext;

import static io.github.errorenvelope.test.ErrorEnvelopeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same assertions on MockMvcTester, RestTestClient, WebTestClient and JDK HttpClient
 * responses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "error-envelope.style=flat")
class ResponseAssertionsTest {

	private static final String INVALID = "{\"name\":\"\",\"items\":[{\"quantity\":0}]}";

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Test
	void mockMvcTesterResult() {
		MockMvcTester mvc = MockMvcTester.from(this.context);
		assertThat(mvc.post()
			.uri("/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.content(INVALID)
			.header("x-request-id", "mvc-1")
			.exchange()).isErrorEnvelope()
			.hasStyle("flat")
			.hasStatus(400)
			.hasCode("VALIDATION_ERROR")
			.hasType("validation")
			.hasViolationCount(2)
			.hasViolation("name", "must not be blank")
			.hasViolation("items[0].quantity", "must be greater than or equal to 1")
			.hasRequestId("mvc-1")
			.hasRequestIdHeader("mvc-1");
	}

	@Test
	void restTestClientResponse() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
		assertThat(client.get().uri("/orders/99").exchange()).isErrorEnvelope()
			.hasStatus(404)
			.hasCode("ORDER_NOT_FOUND")
			.hasMessage("Order 99 does not exist.")
			.hasNoViolations()
			.hasRequestIdHeader();
	}

	@Test
	void webTestClientResponse() {
		WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://127.0.0.1:" + this.port)
			.build();
		assertThat(client.post().uri("/exports").exchange()).isErrorEnvelope()
			.hasStatus(429)
			.hasCode("rate_limited")
			.hasDetail("retry_after", 30)
			.hasRetryAfterSeconds(30)
			.hasRequestIdHeader();
	}

	@Test
	void jdkHttpClientResponse() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/orders/7")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response).isErrorEnvelope().hasStatus(404).hasMessageContaining("7");
		assertThatThrownBy(() -> assertThat(response).hasStatus(500)).hasMessageContaining(response.body())
			.hasMessageContaining("status 500");
	}

}
