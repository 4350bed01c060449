package io.github.errorenvelope.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.errorenvelope.metrics.ErrorMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the registry Spring Boot's metrics auto-configuration creates (the application
 * defines none), error responses are counted in it: the metrics auto-configuration runs
 * after Boot's and finds the registry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorMetricsInBootsRegistryTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	@Test
	void errorResponsesAreCountedInBootsRegistry() throws Exception {
		double before = unauthorizedCount();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/account")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(unauthorizedCount()).isEqualTo(before + 1);
	}

	private double unauthorizedCount() {
		Counter counter = this.registry.find(ErrorMetrics.METER).tag("code", "UNAUTHORIZED").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
