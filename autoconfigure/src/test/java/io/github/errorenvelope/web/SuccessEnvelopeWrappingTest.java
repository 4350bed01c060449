package io.github.errorenvelope.web;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code success-envelope} style wraps successful JSON and leaves everything else
 * alone.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=success-envelope")
class SuccessEnvelopeWrappingTest {

	@LocalServerPort
	int port;

	@Test
	void jsonSuccessIsWrapped() {
		HttpResponse<String> response = new Http(this.port).get("/greeting");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Json.normalize(response.body()))
			.isEqualTo(Json.normalize("{\"data\":{\"text\":\"hello\"},\"success\":true,\"message\":\"OK\"}"));
	}

	@Test
	void aHandlerDeclaringAMapOfStringsIsWrappedAsItsOwnTree() {
		HttpResponse<String> response = new Http(this.port).get("/codes?code=ABC");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Json.normalize(response.body()))
			.isEqualTo(Json.normalize("{\"data\":{\"code\":\"ABC\"},\"success\":true,\"message\":\"OK\"}"));
	}

	@Test
	void rawResponseHandlersAreNotWrapped() {
		assertThat(Json.normalize(new Http(this.port).get("/raw").body())).isEqualTo("{\"text\":\"raw\"}");
	}

	@Test
	void plainTextAndNoContentAreNotWrapped() {
		Http http = new Http(this.port);
		assertThat(http.get("/text").body()).isEqualTo("plain");
		HttpResponse<String> empty = http.get("/empty");
		assertThat(empty.statusCode()).isEqualTo(204);
		assertThat(empty.body()).isEmpty();
	}

	@Test
	void errorsAreNotWrappedTwice() {
		HttpResponse<String> response = new Http(this.port).get("/products/7");
		assertThat(Json.parse(response.body()).get("success").asBoolean()).isFalse();
		assertThat(Json.parse(response.body()).get("data").isNull()).isTrue();
	}

}
