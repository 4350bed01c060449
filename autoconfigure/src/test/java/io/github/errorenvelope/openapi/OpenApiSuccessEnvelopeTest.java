package io.github.errorenvelope.openapi;

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
 * In the {@code success-envelope} style successful schemas are wrapped too, except where
 * responses are raw.
 */
@SpringBootTest(classes = OpenApiTestApplication.class, properties = "error-envelope.style=success-envelope")
@AutoConfigureMockMvc
@ActiveProfiles("security")
class OpenApiSuccessEnvelopeTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void successSchemasAreWrappedExceptRawResponses() throws Exception {
		JsonNode document = new JsonMapper()
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
		JsonNode wrapped = document.at("/paths/~1widgets~1{id}/get/responses/200/content/*~1*/schema");
		assertThat(wrapped.at("/properties/success/type").asString()).isEqualTo("boolean");
		assertThat(wrapped.at("/properties/data/$ref").asString()).isEqualTo("#/components/schemas/Widget");
		assertThat(wrapped.at("/required").toString()).contains("data", "success", "message");
		JsonNode raw = document.at("/paths/~1widgets~1{id}~1raw/get/responses/200/content/*~1*/schema");
		assertThat(raw.at("/$ref").asString()).isEqualTo("#/components/schemas/Widget");
		assertThat(document.at("/components/schemas/ErrorEnvelope/properties/success/type").asString())
			.isEqualTo("boolean");
	}

}
