package io.github.errorenvelope.adoption;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on whether {@code success-envelope} wrapped a successful response. */
final class Wrapping {

	private Wrapping() {
	}

	/** The response is the handler's own JSON, with the given top-level member. */
	static JsonNode assertNotWrapped(HttpResponse<String> response, String member) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.has("success")).as(response.uri() + " wrapped: " + response.body()).isFalse();
		assertThat(body.has(member)).as(response.uri() + ": " + response.body()).isTrue();
		return body;
	}

	/** The response is wrapped: {"data": ..., "success": true, "message": "OK"}. */
	static JsonNode assertWrapped(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(body.get("message").asString()).isEqualTo("OK");
		return body.get("data");
	}

}
