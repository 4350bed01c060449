package io.github.errorenvelope.sample.reactive;

import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translated messages (the request's {@code Accept-Language}, {@code @ErrorDetail} values
 * as arguments) and the error-response counter behave on WebFlux as on Spring MVC.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.messages.basename=i18n/errors",
		"spring.messages.fallback-to-system-locale=false", "error-envelope.style=flat" })
class ReactiveOperabilityTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	private JsonNode post(String path, String language) {
		return Json.parse(new Http(this.port).send("POST", path, null, "Accept-Language", language).body());
	}

	@Test
	void messagesFollowTheCallersLanguageWithDetailValuesAsArguments() {
		assertThat(post("/orders/1/export", "en").get("message").asString())
			.isEqualTo("Too many exports, try again in 30 seconds.");
		assertThat(post("/orders/1/export", "de-DE").get("message").asString())
			.isEqualTo("Zu viele Exporte, bitte in 30 Sekunden erneut versuchen.");
	}

	@Test
	void errorResponsesAreCounted() {
		double before = count();
		new Http(this.port).get("/orders/99");
		new Http(this.port).get("/orders/98");
		assertThat(count() - before).isEqualTo(2.0);
	}

	private double count() {
		var counter = this.meters.find(ErrorMetrics.METER)
			.tag("status", "404")
			.tag("code", "order_not_found")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Meters {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
