package io.github.errorenvelope.paths;

import java.net.http.HttpResponse;

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
 * The field-level details of bad input (in the {@code flat} style, whose {@code errors}
 * list is easy to read): JSON paths, expected types in words, allowed enum values, line
 * and column, and parameter names.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=flat", "spring.jackson.deserialization.fail-on-unknown-properties=true" })
class RequestDetailsTest {

	@LocalServerPort
	int port;

	private JsonNode post(String path, String json) {
		HttpResponse<String> response = new Http(this.port).postJson(path, json);
		assertThat(response.statusCode()).isEqualTo(400);
		return Json.parse(response.body());
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = new Http(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		return Json.parse(response.body());
	}

	private static String only(JsonNode body, String member) {
		assertThat(body.get("errors")).hasSize(1);
		return body.get("errors").get(0).get(member).asString();
	}

	@Test
	void wrongTypeNamesTheJsonPathAndTheTypeInWords() {
		JsonNode body = post("/jobs",
				"{\"parameters\":{\"credentials\":{\"access_key\":\"k\"}},\"items\":[{\"quantity\":1},{\"quantity\":\"many\"}]}");
		assertThat(only(body, "param")).isEqualTo("items[1].quantity");
		assertThat(only(body, "message")).isEqualTo("must be an integer");
		assertThat(body.get("message").asString()).isEqualTo("items[1].quantity: must be an integer.");
	}

	@Test
	void unknownEnumValueListsTheAllowedValues() {
		JsonNode body = post("/typed", "{\"status\":\"WHATEVER\",\"name\":\"n\"}");
		assertThat(only(body, "param")).isEqualTo("status");
		assertThat(only(body, "message")).isEqualTo("must be one of [OPEN, CLOSED]");
	}

	@Test
	void missingRequiredFieldIsNamed() {
		JsonNode body = post("/typed", "{\"count\":1}");
		assertThat(only(body, "param")).isEqualTo("name");
		assertThat(only(body, "message")).isEqualTo("field required");
	}

	@Test
	void unknownFieldIsNamedWhenTheAppForbidsThem() {
		JsonNode body = post("/typed", "{\"name\":\"n\",\"colour\":\"red\"}");
		assertThat(only(body, "param")).isEqualTo("colour");
		assertThat(only(body, "message")).isEqualTo("unknown field");
	}

	@Test
	void malformedJsonGivesLineAndColumn() {
		JsonNode body = post("/typed", "{\n  \"name\": \"n\",\n  \"count\": }");
		assertThat(body.get("code").asString()).isEqualTo("malformed_request");
		assertThat(body.get("message").asString()).isEqualTo("Malformed JSON at line 3, column 12.");
		assertThat(body.get("line").asInt()).isEqualTo(3);
		assertThat(body.get("column").asInt()).isEqualTo(12);
	}

	@Test
	void queryParameterConstraintsNameTheParameter() {
		JsonNode body = get("/search?limit=0");
		assertThat(only(body, "param")).isEqualTo("limit");
		assertThat(only(body, "message")).isEqualTo("must be greater than or equal to 1");
		assertThat(only(get("/codes?code=abc"), "param")).isEqualTo("code");
	}

	@Test
	void typeMismatchOfAParameterSaysTheTypeInWords() {
		JsonNode body = get("/search?limit=abc");
		assertThat(only(body, "param")).isEqualTo("limit");
		assertThat(only(body, "message")).isEqualTo("must be an integer");
	}

	@Test
	void validatedServiceReportsEachParameter() {
		JsonNode body = get("/service?name=&times=0");
		assertThat(body.get("errors")).hasSize(2);
		assertThat(body.get("errors").get(0).get("param").asString()).isEqualTo("name");
		assertThat(body.get("errors").get(1).get("param").asString()).isEqualTo("times");
	}

	@Test
	void missingParameterIsNamed() {
		JsonNode body = get("/search");
		assertThat(body.get("code").asString()).isEqualTo("missing_parameter");
		assertThat(body.get("param").asString()).isEqualTo("limit");
		assertThat(body.get("message").asString()).isEqualTo("Required query parameter 'limit' is missing.");
	}

}
