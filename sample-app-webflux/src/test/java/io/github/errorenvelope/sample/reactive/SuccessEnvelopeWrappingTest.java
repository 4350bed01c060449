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
 * The success envelope on WebFlux: {@code Mono}, {@code Flux} (collected into an array)
 * and {@code ResponseEntity} bodies are wrapped; streams, text, 204 and
 * {@code @RawResponse} are not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "error-envelope.style=success-envelope")
class SuccessEnvelopeWrappingTest {

	@LocalServerPort
	int port;

	private Http http() {
		return new Http(this.port);
	}

	@Test
	void monoBodyIsWrapped() {
		JsonNode body = Json.parse(http().get("/orders/1").body());
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.get("message").asString()).isEqualTo("OK");
		assertThat(body.get("data").get("customer_name").asString()).isEqualTo("Ada");
	}

	@Test
	void fluxIsCollectedIntoTheDataArray() {
		JsonNode body = Json.parse(http().get("/orders").body());
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.get("data").isArray()).isTrue();
		assertThat(body.get("data")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void createdStatusIsKept() {
		HttpResponse<String> response = http().postJson("/orders",
				"{\"customer_name\":\"Lin\",\"parameters\":{\"credentials\":{\"access_key\":\"k\"}},"
						+ "\"items\":[{\"sku\":\"A-1\",\"quantity\":1}]}");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(Json.parse(response.body()).get("data").get("customer_name").asString()).isEqualTo("Lin");
	}

	@Test
	void responseEntityBodyIsWrappedWithItsStatusAndHeaders() {
		HttpResponse<String> response = http().get("/entity");
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.headers().firstValue("X-Entity")).hasValue("yes");
		assertThat(Json.parse(response.body()).get("data").get("state").asString()).isEqualTo("queued");
		assertThat(Json.parse(http().get("/plain-entity").body()).get("data").get("state").asString())
			.isEqualTo("done");
	}

	@Test
	void streamsTextNoContentAndRawResponsesAreLeftAlone() {
		HttpResponse<String> events = http().get("/events");
		assertThat(events.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(events.body()).contains("data:{\"n\":1}").doesNotContain("success");
		assertThat(http().get("/ndjson").body()).isEqualTo("{\"n\":1}\n{\"n\":2}\n");
		assertThat(http().get("/orders", "Accept", "application/x-ndjson").body()).doesNotContain("\"success\"");
		assertThat(http().get("/text").body()).isEqualTo("plain text");
		assertThat(http().get("/raw").body()).isEqualTo("{\"raw\":\"yes\"}");
		HttpResponse<String> nothing = http().get("/nothing");
		assertThat(nothing.statusCode()).isEqualTo(204);
		assertThat(nothing.body()).isEmpty();
	}

	@Test
	void errorsKeepTheErrorEnvelope() {
		JsonNode body = Json.parse(http().get("/orders/99").body());
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("data").isNull()).isTrue();
	}

}
