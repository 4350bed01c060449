package io.github.errorenvelope.paths;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One error scenario of the README's table: a request and what must come back.
 *
 * @param name a readable name
 * @param method the HTTP method
 * @param path the path and query
 * @param body the body, or {@code null}
 * @param headers request headers as name/value pairs
 * @param status the expected status
 * @param code the expected canonical code
 * @param responseHeaders headers the response must carry (name → expected value prefix)
 */
record Scenario(String name, String method, String path, String body, List<String> headers, int status, String code,
		Map<String, String> responseHeaders) {

	static final String JSON = "application/json";

	static Scenario get(String name, String path, int status, String code) {
		return new Scenario(name, "GET", path, null, List.of(), status, code, Map.of());
	}

	static Scenario postJson(String name, String path, String body, int status, String code) {
		return new Scenario(name, "POST", path, body, List.of("Content-Type", JSON), status, code, Map.of());
	}

	Scenario method(String method) {
		return new Scenario(this.name, method, this.path, this.body, this.headers, this.status, this.code,
				this.responseHeaders);
	}

	Scenario header(String header, String value) {
		List<String> all = new java.util.ArrayList<>(this.headers);
		all.add(header);
		all.add(value);
		return new Scenario(this.name, this.method, this.path, this.body, List.copyOf(all), this.status, this.code,
				this.responseHeaders);
	}

	Scenario basicAuth(String user, String password) {
		return header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
	}

	Scenario body(String contentType, String body) {
		return new Scenario(this.name, this.method, this.path, body, List.of("Content-Type", contentType),
				this.status, this.code, this.responseHeaders);
	}

	Scenario expectHeader(String header, String valuePrefix) {
		Map<String, String> all = new LinkedHashMap<>(this.responseHeaders);
		all.put(header, valuePrefix);
		return new Scenario(this.name, this.method, this.path, this.body, this.headers, this.status, this.code,
				Map.copyOf(all));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
