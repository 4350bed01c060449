package io.github.errorenvelope.operability;

import java.util.Map;
import java.util.TreeMap;

import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import io.micrometer.core.instrument.Counter;
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

/**
 * Error responses are counted by status, code and type, with bounded tag values: each
 * error response of any entry point (advice, filter, {@code sendError}, Tomcat's own
 * rejection) adds exactly one to exactly its counter, and successes add nothing.
 */
@SpringBootTest(classes = { TestApplication.class, ErrorMetricsTest.Registry.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
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

	/** Every counter of the meter, keyed {@code status code type}. */
	private Map<String, Double> counts() {
		Map<String, Double> counts = new TreeMap<>();
		for (Counter counter : this.registry.find(ErrorMetrics.METER).counters()) {
			counts.put(counter.getId().getTag("status") + " " + counter.getId().getTag("code") + " "
					+ counter.getId().getTag("type"), counter.count());
		}
		return counts;
	}

	/**
	 * What each counter gained since {@code before}, leaving out the ones that did not
	 * move.
	 */
	private Map<String, Double> increments(Map<String, Double> before) {
		Map<String, Double> increments = new TreeMap<>();
		counts().forEach((key, count) -> {
			double gained = count - before.getOrDefault(key, 0.0);
			if (gained != 0) {
				increments.put(key, gained);
			}
		});
		return increments;
	}

	@Test
	void eachErrorResponseIncrementsExactlyItsCounterOnce() {
		Map<String, Double> before = counts();
		Http http = new Http(this.port);
		http.get("/products/1");
		http.get("/products/2");
		http.get("/no/such/path");
		http.get("/search?limit=0");
		http.get("/quota");
		http.get("/greeting", "X-Fail", "boom");
		http.get("/greeting", "X-Fail", "send-error");
		http.get("/greeting");
		new RawHttp(this.port).send("GET /greeting HTTP/1.1\r\nHost: localhost\r\nthis line has no colon\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(increments(before)).containsExactlyInAnyOrderEntriesOf(Map.of("404 PRODUCT_NOT_FOUND not_found", 2.0,
				"404 NOT_FOUND not_found", 1.0, "400 VALIDATION_ERROR validation", 1.0, "429 QUOTA_EXCEEDED rate_limit",
				1.0, "500 INTERNAL_ERROR server", 1.0, "429 TOO_MANY_REQUESTS rate_limit", 1.0,
				"400 MALFORMED_REQUEST invalid_request", 1.0));
	}

	@Test
	void successesAreNotCounted() {
		Map<String, Double> before = counts();
		new Http(this.port).get("/greeting");
		assertThat(increments(before)).isEmpty();
	}

	@Test
	void unknownCodesDoNotExplodeCardinality() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		ErrorMetrics metrics = new ErrorMetrics(own);
		for (int i = 0; i < ErrorMetrics.MAX_VALUES + 50; i++) {
			metrics.onError(io.github.errorenvelope.ApiError.builder(400).code("RANDOM_" + i).type("type_" + i).build(),
					null);
		}
		for (String tag : new String[] { "code", "type" }) {
			long values = own.find(ErrorMetrics.METER)
				.counters()
				.stream()
				.map(counter -> counter.getId().getTag(tag))
				.distinct()
				.count();
			assertThat(values).as(tag).isEqualTo(ErrorMetrics.MAX_VALUES + 1);
			assertThat(own.find(ErrorMetrics.METER).tag(tag, "OTHER").counter()).as(tag).isNotNull();
		}
	}

}
