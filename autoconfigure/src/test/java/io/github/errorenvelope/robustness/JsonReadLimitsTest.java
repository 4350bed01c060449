package io.github.errorenvelope.robustness;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's read limits, at their edges, over HTTP: JSON nested 500 levels deep is
 * read, 501 levels get 400 {@code MALFORMED_REQUEST}; a 1,000-digit number is read and a
 * 1,001-digit number gets 400 {@code MALFORMED_REQUEST}, whether it is bound to a
 * {@code BigDecimal} or to a {@code String}.
 */
@SpringBootTest(classes = { TestApplication.class, JsonReadLimitsTest.Endpoints.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class JsonReadLimitsTest {

	@LocalServerPort
	int port;

	/**
	 * Endpoints that read any JSON value, and a number into a {@code BigDecimal} and a
	 * {@code String}.
	 */
	@TestConfiguration
	@RestController
	static class Endpoints {

		@PostMapping("/any-json")
		Map<String, String> anyJson(@RequestBody Object body) {
			return Map.of("read", body.getClass().getSimpleName());
		}

		@PostMapping("/amounts")
		Map<String, Integer> amounts(@RequestBody Amounts amounts) {
			return Map.of("amount_digits", (amounts.amount() != null) ? amounts.amount().precision() : 0, "note_length",
					(amounts.note() != null) ? amounts.note().length() : 0);
		}

	}

	record Amounts(BigDecimal amount, String note) {
	}

	@Test
	void fiveHundredNestedArraysAreRead() {
		assertThat(post("/any-json", nestedArrays(500)).statusCode()).isEqualTo(200);
	}

	@Test
	void fiveHundredAndOneNestedArraysAreMalformed() {
		assertMalformed(post("/any-json", nestedArrays(501)));
	}

	@Test
	void fiveHundredNestedObjectsAreRead() {
		assertThat(post("/any-json", nestedObjects(500)).statusCode()).isEqualTo(200);
	}

	@Test
	void fiveHundredAndOneNestedObjectsAreMalformed() {
		assertMalformed(post("/any-json", nestedObjects(501)));
	}

	@Test
	void aThousandDigitNumberIsReadIntoABigDecimalAndAString() {
		HttpResponse<String> amount = post("/amounts", "{\"amount\":" + digits(1000) + "}");
		assertThat(amount.statusCode()).isEqualTo(200);
		assertThat(Json.parse(amount.body()).get("amount_digits").asInt()).isEqualTo(1000);
		HttpResponse<String> note = post("/amounts", "{\"note\":" + digits(1000) + "}");
		assertThat(note.statusCode()).isEqualTo(200);
		assertThat(Json.parse(note.body()).get("note_length").asInt()).isEqualTo(1000);
	}

	@Test
	void aThousandAndOneDigitNumberIntoABigDecimalIsMalformed() {
		assertMalformed(post("/amounts", "{\"amount\":" + digits(1001) + "}"));
	}

	@Test
	void aThousandAndOneDigitNumberIntoAStringIsMalformed() {
		assertMalformed(post("/amounts", "{\"note\":" + digits(1001) + "}"));
	}

	@Test
	void aThousandAndOneDigitDecimalIsMalformed() {
		assertMalformed(post("/amounts", "{\"amount\":1." + digits(1000) + "}"));
	}

	private static void assertMalformed(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = Json.parse(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("MALFORMED_REQUEST");
		assertThat(response.body()).doesNotContain("StreamConstraints", "tools.jackson", "Exception");
	}

	private HttpResponse<String> post(String path, String json) {
		return new Http(this.port).postJson(path, json);
	}

	private static String nestedArrays(int depth) {
		return "[".repeat(depth) + "]".repeat(depth);
	}

	private static String nestedObjects(int depth) {
		// depth objects: {"a":{"a":...{"a":1}...}}
		return "{\"a\":".repeat(depth - 1) + "{\"a\":1}" + "}".repeat(depth - 1);
	}

	private static String digits(int count) {
		return "1" + "2".repeat(count - 1);
	}

}
