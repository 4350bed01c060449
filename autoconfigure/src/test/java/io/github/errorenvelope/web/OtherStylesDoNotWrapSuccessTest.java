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
		properties = "error-envelope.style=claid")
class OtherStylesDoNotWrapSuccessTest {

	@LocalServerPort
	int port;

	@Test
	void successBodyIsUnchanged() {
		assertThat(Json.normalize(new Http(this.port).get("/greeting").body())).isEqualTo("{\"text\":\"hello\"}");
	}

}
