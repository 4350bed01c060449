package io.github.errorenvelope.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated configuration metadata an IDE reads for completion. */
class ConfigurationMetadataTest {

	private static JsonNode metadata() throws Exception {
		try (InputStream in = ConfigurationMetadataTest.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			return Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	@Test
	void everyDocumentedPropertyIsDescribed() throws Exception {
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata().get("properties")) {
			names.add(property.get("name").asString());
			assertThat(property.has("description")).as(property.get("name").asString()).isTrue();
		}
		assertThat(names).contains("error-envelope.enabled", "error-envelope.style", "error-envelope.codes",
				"error-envelope.code-case", "error-envelope.types", "error-envelope.exceptions",
				"error-envelope.expose-internal-messages", "error-envelope.expose-rejected-values",
				"error-envelope.max-violations", "error-envelope.request-id.header",
				"error-envelope.request-id.trust-incoming", "error-envelope.request-id.mdc-key",
				"error-envelope.success-envelope.wrap-success", "error-envelope.problem-detail.type-base-uri",
				"error-envelope.precedence", "error-envelope.adoption.warn-shadowing",
				"error-envelope.request-id.expose-in-cors");
	}

	@Test
	void precedenceCompletionListsBothChoices() throws Exception {
		List<String> values = new ArrayList<>();
		for (JsonNode hint : metadata().get("hints")) {
			if (hint.get("name").asString().equals("error-envelope.precedence")) {
				hint.get("values").forEach(value -> values.add(value.get("value").asString()));
			}
		}
		assertThat(values).containsExactly("application-first", "envelope-first");
	}

	@Test
	void styleCompletionListsTheSixStyles() throws Exception {
		List<String> values = new ArrayList<>();
		for (JsonNode hint : metadata().get("hints")) {
			if (hint.get("name").asString().equals("error-envelope.style")) {
				hint.get("values").forEach(value -> values.add(value.get("value").asString()));
			}
		}
		assertThat(values).containsExactly("claid", "success-envelope", "nested-error", "flat", "status-object",
				"problem-detail");
	}

	@Test
	void exceptionMappingKeysCompleteWithThrowableClassesAndTheFourAttributes() throws Exception {
		List<String> attributes = new ArrayList<>();
		List<String> providers = new ArrayList<>();
		for (JsonNode hint : metadata().get("hints")) {
			if (hint.get("name").asString().equals("error-envelope.exceptions.keys")) {
				hint.get("values")
					.forEach(value -> attributes.add(value.get("value")
						.asString()
						.substring("java.util.concurrent.TimeoutException.".length())));
				hint.get("providers")
					.forEach(provider -> providers.add(provider.get("name").asString() + " "
							+ provider.get("parameters").get("target").asString()));
			}
		}
		assertThat(attributes).containsExactly("status", "code", "type", "message");
		assertThat(providers).containsExactly("class-reference java.lang.Throwable");
	}

}
