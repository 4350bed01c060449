package io.github.errorenvelope.web;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=success-envelope", "error-envelope.success-envelope.wrap-success=false" })
class SuccessEnvelopeWrappingDisabledTest {

	@LocalServerPort
	int port;

	@Test
	void successIsLeftAloneButErrorsKeepTheEnvelope() {
		Http http = new Http(this.port);
		assertThat(Json.normalize(http.get("/greeting").body())).isEqualTo("{\"text\":\"hello\"}");
		assertThat(Json.parse(http.get("/products/7").body()).get("success").asBoolean()).isFalse();
	}

}
