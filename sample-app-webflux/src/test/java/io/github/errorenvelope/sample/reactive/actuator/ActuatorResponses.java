package io.github.errorenvelope.sample.reactive.actuator;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Actuator layout tests check: Actuator's JSON as Actuator writes it, and the
 * application's JSON in the success envelope.
 */
final class ActuatorResponses {

	private ActuatorResponses() {
	}

	/** The health endpoint (or a group of it) answers its own, unwrapped document. */
	static void assertRawHealth(int port, String path) {
		JsonNode body = okJson(port, path);
		assertThat(body.has("success")).as("%s is not wrapped", path).isFalse();
		assertThat(body.get("status").asString()).isEqualTo("UP");
	}

	/** The discovery page answers its own links, unwrapped. */
	static void assertRawLinks(int port, String path) {
		JsonNode body = okJson(port, path);
		assertThat(body.has("success")).as("%s is not wrapped", path).isFalse();
		assertThat(body.get("_links").has("health")).isTrue();
	}

	/** An application endpoint is wrapped, whatever its path looks like. */
	static void assertWrapped(int port, String path) {
		JsonNode body = okJson(port, path);
		assertThat(body.get("success").asBoolean()).as("%s is wrapped", path).isTrue();
		assertThat(body.get("data").isObject()).isTrue();
	}

	private static JsonNode okJson(int port, String path) {
		HttpResponse<String> response = new Http(port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Json.parse(response.body());
	}

}
