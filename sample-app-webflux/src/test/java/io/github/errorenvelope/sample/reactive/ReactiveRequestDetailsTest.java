package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details of bad input on WebFlux are Spring MVC's, word for word (in the
 * {@code flat} style, whose {@code errors} list is easy to read): JSON paths in
 * declaration order, types in words, allowed enum values, line and column, parameter
 * names, the 405/415 messages — and the application's own {@code @ExceptionHandler} wins.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=flat", "spring.jackson.deserialization.fail-on-unknown-properties=true" })
class ReactiveRequestDetailsTest {

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
	void validBodyViolationsUseJsonNamesInDeclarationOrder() {
		JsonNode body = post("/orders", "{\"customer_name\":\"" + "x".repeat(60)
				+ "\",\"parameters\":{\"credentials\":{}}," + "\"items\":[{\"sku\":\"A-1\",\"quantity\":0}]}");
		assertThat(body.get("errors").findValuesAsString("param")).containsExactly("customer_name",
				"parameters.credentials.access_key", "items[0].quantity");
		assertThat(body.get("message").asString()).isEqualTo("customer_name: size must be between 0 and 50. "
				+ "parameters.credentials.access_key: must not be blank. items[0].quantity: must be greater than or equal to 1.");
	}

	@Test
	void wrongTypeNamesTheJsonPathAndTheTypeInWords() {
		JsonNode body = post("/orders", "{\"items\":[{\"quantity\":1},{\"quantity\":\"many\"}]}");
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
	void missingRequiredAndUnknownFieldsAreNamed() {
		assertThat(only(post("/typed", "{\"count\":1}"), "message")).isEqualTo("field required");
		JsonNode unknown = post("/typed", "{\"name\":\"n\",\"colour\":\"red\"}");
		assertThat(only(unknown, "param")).isEqualTo("colour");
		assertThat(only(unknown, "message")).isEqualTo("unknown field");
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
	void missingBodyIsNamed() {
		JsonNode body = new Http(this.port).send("POST", "/typed", null, "Content-Type", "application/json")
			.body()
			.transform(Json::parse);
		assertThat(body.get("code").asString()).isEqualTo("malformed_request");
		assertThat(body.get("message").asString()).isEqualTo("A request body is required.");
	}

	@Test
	void queryParameterConstraintAndTypeMismatchNameTheParameter() {
		JsonNode min = get("/orders?limit=0");
		assertThat(only(min, "param")).isEqualTo("limit");
		assertThat(only(min, "message")).isEqualTo("must be greater than or equal to 1");
		JsonNode mismatch = get("/orders?limit=abc");
		assertThat(only(mismatch, "param")).isEqualTo("limit");
		assertThat(only(mismatch, "message")).isEqualTo("must be an integer");
	}

	@Test
	void missingParameterAndHeaderAreNamed() {
		JsonNode body = get("/search");
		assertThat(body.get("code").asString()).isEqualTo("missing_parameter");
		assertThat(body.get("param").asString()).isEqualTo("limit");
		assertThat(body.get("message").asString()).isEqualTo("Required query parameter 'limit' is missing.");
		assertThat(get("/tenant").get("message").asString()).isEqualTo("Required header 'X-Tenant' is missing.");
	}

	@Test
	void methodAndMediaTypeMessagesAreSpringMvcs() {
		HttpResponse<String> wrongMethod = new Http(this.port).send("DELETE", "/orders/1", null);
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
		assertThat(Json.parse(wrongMethod.body()).get("message").asString())
			.isEqualTo("Method 'DELETE' is not supported by this resource.");
		HttpResponse<String> wrongType = new Http(this.port).send("POST", "/typed", "x", "Content-Type", "text/plain");
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(Json.parse(wrongType.body()).get("message").asString())
			.startsWith("Content type 'text/plain' is not supported. Supported: application/json");
	}

	@Test
	void theApplicationsOwnExceptionHandlerWins() {
		HttpResponse<String> response = new Http(this.port).get("/teapot", "x-request-id", "own-1");
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(response.body()).isEqualTo("{\"own\":\"handler\"}");
		assertThat(response.headers().firstValue("x-request-id")).hasValue("own-1");
	}

}
