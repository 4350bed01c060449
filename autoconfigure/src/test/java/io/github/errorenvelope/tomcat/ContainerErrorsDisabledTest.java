package io.github.errorenvelope.tomcat;

import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.container-errors.enabled=false} gives Tomcat its own error pages
 * back.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.container-errors.enabled=false")
class ContainerErrorsDisabledTest {

	@LocalServerPort
	int port;

	@Test
	void tomcatRendersItsOwnPage() {
		RawHttp.Response response = new RawHttp(this.port)
			.send("GET /greeting%2Fx HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("x-request-id")).isNull();
	}

	@Test
	void errorsInsideTheApplicationKeepTheEnvelope() {
		RawHttp.Response response = new RawHttp(this.port)
			.send("GET /nope HTTP/1.1\r\nHost: localhost\r\nx-request-id: id-1\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).isEqualTo("application/json");
		assertThat(response.header("x-request-id")).isEqualTo("id-1");
	}

}
