package io.github.errorenvelope.operability;

import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.testapp.TestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/** Error responses are counted by status, code and type, with bounded tag values. */
@SpringBootTest(classes = { TestApplication.class, ErrorMetricsTest.Registry.class }, webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorMetricsTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	@Autowired
	ErrorMetrics metrics;

	@Test
	void theRecorderIsTheAutoConfiguredObserver() {
		assertThat(this.metrics).isNotNull();
	}

	@TestConfiguration
	static class Registry {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	private double count(String status, String code, String type) {
		var counter = this.registry.find(ErrorMetrics.METER).tags("status", status, "code", code, "type", type).counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void errorsAreCountedWithTheirTags() {
		double before = count("404", "PRODUCT_NOT_FOUND", "not_found");
		Http http = new Http(this.port);
		http.get("/products/1");
		http.get("/products/2");
		http.get("/greeting", "X-Fail", "boom");
		assertThat(count("404", "PRODUCT_NOT_FOUND", "not_found")).isEqualTo(before + 2);
		assertThat(count("500", "INTERNAL_ERROR", "server")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void unknownCodesDoNotExplodeCardinality() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		ErrorMetrics metrics = new ErrorMetrics(() -> own);
		for (int i = 0; i < ErrorMetrics.MAX_VALUES + 50; i++) {
			metrics.onError(io.github.errorenvelope.ApiError.builder(400).code("RANDOM_" + i).type("t").build(),
					null);
		}
		long codes = own.find(ErrorMetrics.METER).counters().stream()
			.map(counter -> counter.getId().getTag("code"))
			.distinct()
			.count();
		assertThat(codes).isLessThanOrEqualTo(ErrorMetrics.MAX_VALUES + 1);
		assertThat(own.find(ErrorMetrics.METER).tag("code", "OTHER").counter()).isNotNull();
	}

}
