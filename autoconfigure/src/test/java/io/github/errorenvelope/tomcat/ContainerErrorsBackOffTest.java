package io.github.errorenvelope.tomcat;

import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import org.apache.catalina.valves.JsonErrorReportValve;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** An application that puts its own error report valve on the host keeps it. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ContainerErrorsBackOffTest.OwnValve.class)
class ContainerErrorsBackOffTest {

	@LocalServerPort
	int port;

	@Test
	void applicationValveRendersContainerErrors() {
		RawHttp.Response response = new RawHttp(this.port)
			.send("GET /greeting%2Fx HTTP/1.1\r\nHost: localhost\r\nx-request-id: id-1\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		// Tomcat's JsonErrorReportValve: its own JSON (whose members vary between Tomcat
		// versions), not the envelope
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("status").asInt()).isEqualTo(400);
		assertThat(body.has("error")).isFalse();
		assertThat(body.has("request_id")).isFalse();
		assertThat(response.header("x-request-id")).isNull();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnValve {

		@Bean
		WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> jsonErrorReportValve() {
			return (factory) -> factory.addContextCustomizers((context) -> {
				JsonErrorReportValve valve = new JsonErrorReportValve();
				valve.setShowReport(false);
				valve.setShowServerInfo(false);
				context.getParent().getPipeline().addValve(valve);
			});
		}

	}

}
