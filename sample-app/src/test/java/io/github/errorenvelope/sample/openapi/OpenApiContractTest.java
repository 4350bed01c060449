package io.github.errorenvelope.sample.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's OpenAPI document against the running sample, in one style per subclass:
 * the document is valid OpenAPI (swagger-parser reports no errors), every kind of error
 * the sample produces is documented for its operation and status and validates against
 * the schema declared there (networknt's JSON Schema validator), with one of the
 * documented example codes, and every documented example validates against its own
 * schema.
 */
abstract class OpenApiContractTest {

	static final JsonMapper JSON = new JsonMapper();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());

	@LocalServerPort
	int port;

	JsonNode document;

	/** Where the output code sits in this style's body, as a JSON pointer. */
	abstract String codePointer();

	/** The output code of a body, or a missing node when the body does not carry it. */
	JsonNode codeOf(JsonNode body) {
		return body.at(codePointer());
	}

	@BeforeEach
	void loadDocument() throws Exception {
		HttpResponse<String> response = send("GET", "/v3/api-docs", null);
		assertThat(response.statusCode()).isEqualTo(200);
		this.document = JSON.readTree(response.body());
	}

	@Test
	void documentIsValidOpenApi() throws Exception {
		String text = send("GET", "/v3/api-docs", null).body();
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
		assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKey("ErrorEnvelope");
	}

	@Test
	void everyErrorTheSampleProducesIsDocumentedAndMatchesItsSchema() throws Exception {
		List<Scenario> scenarios = List.of(new Scenario("GET", "/orders", "/orders?limit=500", 400, Map
			.of(), null), new Scenario("GET", "/orders", "/orders?limit=many", 400, Map.of(), null), new Scenario(
					"POST", "/orders", "/orders", 400, Map.of("Content-Type", "application/json"),
					"{\"customer_name\":\"\",\"parameters\":{\"credentials\":{}},\"items\":[{\"sku\":\"a\",\"quantity\":0}]}"),
				new Scenario("POST", "/orders", "/orders", 400, Map.of("Content-Type", "application/json"),
						"{\"customer"),
				new Scenario("POST", "/orders", "/orders", 415, Map.of("Content-Type", "text/plain"), "hello"),
				new Scenario("POST", "/orders", "/orders", 413, Map.of("Content-Type", "application/json"),
						"{\"customer_name\":\"" + "x".repeat(4096) + "\"}"),
				new Scenario("GET", "/orders", "/orders", 406, Map.of("Accept", "application/xml"), null),
				new Scenario("GET", "/orders/{id}", "/orders/99", 404, Map.of(), null),
				new Scenario("POST", "/orders/{id}/cancel", "/orders/2/cancel", 409, Map.of(), null),
				new Scenario("POST", "/orders/{id}/cancel", "/orders/99/cancel", 404, Map.of(), null),
				new Scenario("POST", "/orders/{id}/export", "/orders/1/export", 429, Map.of(), null),
				new Scenario("GET", "/orders/{id}/invoice", "/orders/1/invoice", 500, Map.of(), null),
				new Scenario("GET", "/account", "/account", 401, Map.of(), null),
				new Scenario("POST", "/account/purge", "/account/purge", 403,
						Map.of("Authorization", basic("ada", "lovelace")), null),
				new Scenario("POST", "/account/purge", "/account/purge", 401, Map.of(), null),
				new Scenario("GET", "/partner/feed", "/partner/feed", 401, Map.of(), null));
		List<String> problems = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			HttpResponse<String> response = send(scenario.method(), scenario.uri(), scenario.body(),
					scenario.headers());
			String label = scenario.method() + " " + scenario.uri() + " -> " + response.statusCode();
			assertThat(response.statusCode()).as(label).isEqualTo(scenario.status());
			JsonNode documented = this.document.path("paths")
				.path(scenario.template())
				.path(scenario.method().toLowerCase())
				.path("responses")
				.path(String.valueOf(scenario.status()));
			assertThat(documented.isMissingNode()).as(label + " is documented").isFalse();
			assertThat(documented.path("headers").has("x-request-id")).as(label + " documents x-request-id").isTrue();
			String contentType = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0];
			JsonNode media = documented.path("content").path(contentType);
			assertThat(media.isMissingNode()).as(label + " documents " + contentType).isFalse();
			JsonNode body = JSON.readTree(response.body());
			problems.addAll(validate(media.path("schema"), body, label));
			JsonNode code = codeOf(body);
			if (!code.isMissingNode()) {
				List<JsonNode> documentedCodes = new ArrayList<>();
				media.path("examples").forEach(example -> documentedCodes.add(codeOf(example.path("value"))));
				assertThat(documentedCodes).as(label + " documents code " + code).contains(code);
			}
			for (String header : documented.path("headers").propertyNames()) {
				assertThat(response.headers().firstValue(header)).as(label + " sends documented header " + header)
					.isPresent();
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void successResponsesMatchTheirDocumentedSchema() throws Exception {
		HttpResponse<String> response = send("GET", "/orders", null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode documented = this.document.at("/paths/~1orders/get/responses/200");
		assertThat(documented.path("headers").has("x-request-id")).isTrue();
		JsonNode media = documented.path("content").properties().iterator().next().getValue();
		assertThat(validate(media.path("schema"), JSON.readTree(response.body()), "GET /orders")).isEmpty();
	}

	@Test
	void routeLessErrorsMatchTheEnvelopeComponent() throws Exception {
		JsonNode envelope = JSON.readTree("{\"$ref\":\"#/components/schemas/ErrorEnvelope\"}");
		for (String[] request : List.of(new String[] { "GET", "/no/such/route" },
				new String[] { "DELETE", "/orders" })) {
			HttpResponse<String> response = send(request[0], request[1], null);
			assertThat(response.statusCode()).isBetween(400, 499);
			assertThat(validate(envelope, JSON.readTree(response.body()), request[0] + " " + request[1])).isEmpty();
		}
	}

	@Test
	void theEnvelopeSchemaRejectsABodyOfAnotherShape() throws Exception {
		JsonNode envelope = JSON.readTree("{\"$ref\":\"#/components/schemas/ErrorEnvelope\"}");
		assertThat(validate(envelope, JSON.readTree("{\"unexpected\":true}"), "foreign body")).isNotEmpty();
		assertThat(validate(envelope, JSON.readTree("[]"), "array body")).isNotEmpty();
	}

	@Test
	void everyDocumentedExampleMatchesItsSchema() {
		List<String> problems = new ArrayList<>();
		int examples = 0;
		for (var path : this.document.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				for (var response : operation.getValue().path("responses").properties()) {
					for (var media : response.getValue().path("content").properties()) {
						for (var example : media.getValue().path("examples").properties()) {
							examples++;
							problems.addAll(validate(media.getValue().path("schema"), example.getValue().path("value"),
									operation.getKey() + " " + path.getKey() + " " + response.getKey() + " example "
											+ example.getKey()));
						}
					}
				}
			}
		}
		assertThat(examples).isGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	/**
	 * Validate an instance against a schema of the document, with the document's
	 * components in reach of its refs.
	 */
	List<String> validate(JsonNode schema, JsonNode instance, String label) {
		ObjectNode root = ((ObjectNode) schema).deepCopy();
		root.set("components", this.document.path("components"));
		Schema compiled = SCHEMAS.getSchema(root);
		List<String> problems = new ArrayList<>();
		for (Error error : compiled.validate(instance)) {
			problems.add(label + ": " + error + " in " + instance);
		}
		return problems;
	}

	HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(String method, String path, String body) throws Exception {
		return send(method, path, body, Map.of());
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	record Scenario(String method, String template, String uri, int status, Map<String, String> headers, String body) {
	}

}
