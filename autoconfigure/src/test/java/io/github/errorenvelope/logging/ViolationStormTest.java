package io.github.errorenvelope.logging;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.StyleShape;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body with 20,000 invalid list items gets a small envelope in every style: the first
 * 50 violations in request order, and how many were left out.
 */
class ViolationStormTest {

	private static final int ITEMS = 20_000;

	private static final String BODY = "{\"lines\":["
			+ String.join(",", java.util.Collections.nCopies(ITEMS, "{\"quantity\":0}")) + "]}";

	@ParameterizedTest
	@EnumSource(StyleShape.class)
	void twentyThousandViolationsGiveASmallOrderedEnvelope(StyleShape style) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TestApplication.class)
			.run("--server.port=0", "--error-envelope.style=" + style.property())) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpResponse<String> response = new Http(port).postJson("/bulk", BODY, "x-request-id", "many-1");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body().length()).as("body size").isLessThan(16 * 1024);
			JsonNode body = Json.parse(response.body());
			String omitted = Integer.toString(ITEMS - 50);
			if (style != StyleShape.NESTED_ERROR) {
				// nested-error shows a summary line instead of the joined sentences
				assertThat(response.body()).contains("\u2026 and " + omitted + " more.");
			}
			List<String> fields = fields(style, body);
			if (fields != null) {
				List<String> expected = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					expected.add("lines[" + i + "].quantity");
				}
				assertThat(fields).containsExactlyElementsOf(expected);
			}
			assertThat(response.body()).contains("\"omitted_violations\":" + omitted);
		}
	}

	/**
	 * The violated fields in the order the style lists them, or null where it lists none.
	 */
	private static List<String> fields(StyleShape style, JsonNode body) {
		List<String> fields = new ArrayList<>();
		switch (style) {
			case CLAID -> body.get("error_details")
				.properties()
				.stream()
				.map(Map.Entry::getKey)
				.filter(key -> !key.equals("omitted_violations"))
				.forEach(fields::add);
			case SUCCESS_ENVELOPE -> body.get("errors")
				.forEach(entry -> entry.properties()
					.stream()
					.map(Map.Entry::getKey)
					.filter(key -> !key.equals("omitted_violations"))
					.forEach(fields::add));
			case NESTED_ERROR -> body.get("error")
				.get("details")
				.get("violations")
				.forEach(violation -> fields.add(violation.get("field").asString()));
			case FLAT -> body.get("errors").forEach(violation -> fields.add(violation.get("param").asString()));
			case PROBLEM_DETAIL -> body.get("errors")
				.forEach(violation -> fields
					.add(violation.get("pointer").asString().substring(2).replaceAll("/(\\d+)/", "[$1].")));
			case STATUS_OBJECT -> {
				return null;
			}
		}
		return fields;
	}

}
