package io.github.errorenvelope.operability;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error.<CODE>} messages in the caller's language, with {@code @ErrorDetail}
 * values as arguments.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.messages.basename=i18n/errors", "spring.messages.fallback-to-system-locale=false",
				"error-envelope.style=flat" })
class TranslatedMessagesTest {

	@LocalServerPort
	int port;

	private JsonNode get(String path, String language) {
		return Json.parse(new Http(this.port).get(path, "Accept-Language", language).body());
	}

	@Test
	void sameErrorInEnglishAndGerman() {
		assertThat(get("/quota", "en").get("message").asString()).isEqualTo("Quota exceeded, try again in 30 seconds.");
		assertThat(get("/quota", "de-DE").get("message").asString())
			.isEqualTo("Kontingent überschritten, bitte in 30 Sekunden erneut versuchen.");
	}

	@Test
	void detailValuesAreTheArguments() {
		assertThat(get("/products/42", "de").get("message").asString()).isEqualTo("Produkt 42 wurde nicht gefunden.");
	}

	@Test
	void missingTranslationFallsBackToTheBaseBundleThenTheDefaultMessage() {
		assertThat(get("/quota", "fr").get("message").asString()).isEqualTo("Quota exceeded, try again in 30 seconds.");
		assertThat(get("/gone", "de").get("message").asString()).isEqualTo("This endpoint was retired.");
	}

	@Test
	void validationMessagesFollowTheLocale() {
		assertThat(get("/search?limit=0", "de").get("errors").get(0).get("message").asString())
			.isEqualTo("muss größer-gleich 1 sein");
		assertThat(get("/search?limit=0", "en").get("errors").get(0).get("message").asString())
			.isEqualTo("must be greater than or equal to 1");
	}

}
