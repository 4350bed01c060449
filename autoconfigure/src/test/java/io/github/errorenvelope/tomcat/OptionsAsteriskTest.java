package io.github.errorenvelope.tomcat;

import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README's "Current limits" says of {@code OPTIONS *}: Tomcat answers it in its
 * connector adapter, before any valve or filter, so it is the one response without a
 * request id. If a Tomcat upgrade lets it through to the valves, this test fails and the
 * limit can go.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OptionsAsteriskTest {

	@LocalServerPort
	int port;

	@Test
	void tomcatAnswersOptionsAsteriskItself() {
		RawHttp.Response response = new RawHttp(this.port)
			.send("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("allow")).contains("GET", "OPTIONS");
		assertThat(response.body()).isEmpty();
		assertThat(response.header("x-request-id")).isNull();
	}

	@Test
	void anyOtherMethodOnAsteriskIsRejectedInTheEnvelope() {
		RawHttp.Response response = new RawHttp(this.port)
			.send("GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("x-request-id")).isNotBlank();
		assertThat(response.body()).contains("MALFORMED_REQUEST");
	}

}
