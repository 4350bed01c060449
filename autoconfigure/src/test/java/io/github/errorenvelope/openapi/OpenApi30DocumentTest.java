package io.github.errorenvelope.openapi;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
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
 * An OpenAPI 3.0 document ({@code springdoc.api-docs.version=openapi_3_0}) in the
 * {@code status-object} style, whose codes are numbers for built-in codes and strings for
 * the application's: 3.0 has no type lists, so such a member is left untyped and the
 * document stays valid.
 */
@SpringBootTest(classes = OpenApiTestApplication.class,
		properties = { "springdoc.api-docs.version=openapi_3_0", "error-envelope.style=status-object" })
@AutoConfigureMockMvc
@ActiveProfiles("security")
class OpenApi30DocumentTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDocumentIsValidOpenApi30() throws Exception {
		String text = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
		assertThat(result.getMessages()).isEmpty();
		JsonNode document = new JsonMapper().readTree(text);
		assertThat(document.path("openapi").asString()).startsWith("3.0");
		JsonNode status = document.at("/components/schemas/ErrorEnvelope/properties/status");
		assertThat(status.at("/properties/code").has("type")).isFalse();
		assertThat(status.at("/properties/req_id/type").asString()).isEqualTo("string");
		assertThat(document
			.at("/paths/~1widgets~1{id}/get/responses/404/content/application~1json/examples/WIDGET_NOT_FOUND/value/status/code")
			.asString()).isEqualTo("WIDGET_NOT_FOUND");
		assertThat(document
			.at("/paths/~1widgets~1{id}/get/responses/400/content/application~1json/examples/11102/value/status/code")
			.isNumber()).isTrue();
	}

}
