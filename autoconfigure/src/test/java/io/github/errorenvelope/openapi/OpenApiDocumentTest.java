package io.github.errorenvelope.openapi;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document of an application in the {@code flat} style with a renamed code
 * and a property-mapped exception: which errors each operation documents, and that codes
 * appear exactly as the service renders them.
 */
@SpringBootTest(classes = OpenApiTestApplication.class, properties = { "error-envelope.style=flat",
		"error-envelope.codes.WIDGET_NOT_FOUND=4040",
		"error-envelope.exceptions[io.github.errorenvelope.openapi.OpenApiTestApplication$LegacyException.code]=LEGACY_GONE",
		"error-envelope.exceptions[io.github.errorenvelope.openapi.OpenApiTestApplication$LegacyException.status]=410" })
@AutoConfigureMockMvc
@ActiveProfiles("security")
class OpenApiDocumentTest {

	static final JsonMapper JSON = new JsonMapper();

	@Autowired
	MockMvcTester mvc;

	JsonNode document;

	@BeforeEach
	void load() throws Exception {
		this.document = JSON.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
	}

	List<String> statuses(String path, String method) {
		List<String> statuses = new ArrayList<>();
		this.document.path("paths").path(path).path(method).path("responses").propertyNames().forEach(statuses::add);
		return statuses;
	}

	List<String> codes(String path, String method, String status) {
		List<String> codes = new ArrayList<>();
		this.document.path("paths")
			.path(path)
			.path(method)
			.path("responses")
			.path(status)
			.path("content")
			.path("application/json")
			.path("examples")
			.forEach(example -> codes.add(example.path("value").path("code").asString()));
		return codes;
	}

	@Test
	void declaredCheckedExceptionsAreDocumentedWithTheirRenamedCode() {
		assertThat(statuses("/widgets/{id}", "get")).contains("200", "400", "404", "429", "500");
		assertThat(codes("/widgets/{id}", "get", "404")).containsExactly("4040");
		// a path variable converted to a number can fail conversion
		assertThat(codes("/widgets/{id}", "get", "400")).containsExactly("validation_error");
	}

	@Test
	void throwsErrorsOnTheControllerAppliesToEveryOperationWithItsDetailHeader() {
		JsonNode quota = this.document.at("/paths/~1widgets/get/responses/429");
		assertThat(codes("/widgets", "get", "429")).containsExactly("quota_exceeded");
		assertThat(quota.path("headers").has("Retry-After")).isTrue();
		assertThat(quota.at("/content/application~1json/examples/quota_exceeded/value/retry_after").isInt()).isTrue();
	}

	@Test
	void requiredParametersDocumentMissingParameter() {
		assertThat(codes("/widgets", "get", "400")).containsExactly("missing_parameter");
	}

	@Test
	void propertyMappedExceptionsAreDocumentedWithTheirMapping() {
		assertThat(codes("/widgets/{id}/legacy", "get", "410")).containsExactly("legacy_gone");
	}

	@Test
	void theApplicationsOwnApiResponseWins() {
		JsonNode own = this.document.at("/paths/~1widgets/post/responses/400");
		assertThat(own.path("description").asString()).isEqualTo("Our own words for a bad widget");
		assertThat(own.path("content").path("application/json").path("examples").isMissingNode()).isTrue();
		// the statuses it did not document itself are still added
		assertThat(statuses("/widgets", "post")).contains("413", "415", "500");
		assertThat(own.path("headers").has("x-request-id")).isTrue();
	}

	@Test
	void securityStatusesFollowTheFilterChain() {
		assertThat(statuses("/widgets", "get")).doesNotContain("401", "403");
		assertThat(statuses("/secure/widgets", "get")).contains("401").doesNotContain("403");
		assertThat(statuses("/admin/widgets", "get")).contains("401", "403");
		assertThat(codes("/admin/widgets", "get", "403")).containsExactly("forbidden");
	}

	@Test
	void bodyLessOperationsDoNotDocumentBodyErrors() {
		assertThat(statuses("/secure/widgets", "get")).doesNotContain("400", "413", "415");
		assertThat(statuses("/widgets", "post")).contains("406");
	}

	@Test
	void theEnvelopeAndViolationSchemasAreRegisteredOnce() {
		JsonNode schemas = this.document.at("/components/schemas");
		assertThat(schemas.at("/ErrorEnvelope/required").toString()).contains("message", "type", "code", "request_id");
		assertThat(schemas.at("/ErrorEnvelope/properties/errors/items/$ref").asString())
			.isEqualTo("#/components/schemas/ErrorViolation");
		assertThat(schemas.at("/ErrorViolation/required").toString()).contains("param", "message");
	}

}
