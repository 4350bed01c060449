package io.github.errorenvelope.paths;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.StyleShape;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static final List<String> FORBIDDEN = List.of("Exception", "java.", "org.springframework", "tools.jackson",
			"com.fasterxml", "jakarta.", "at io.", "Tomcat", "<html", "secret", "abc123");

	private static final AtomicInteger IDS = new AtomicInteger();

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
		return new Scenario(this.name, this.method, this.path, body, List.of("Content-Type", contentType), this.status,
				this.code, this.responseHeaders);
	}

	Scenario expectHeader(String header, String valuePrefix) {
		Map<String, String> all = new LinkedHashMap<>(this.responseHeaders);
		all.put(header, valuePrefix);
		return new Scenario(this.name, this.method, this.path, this.body, this.headers, this.status, this.code,
				Map.copyOf(all));
	}

	/**
	 * Send the request to a running server and assert what comes back: status, content
	 * type, the style's members and code, the request id in header and body, the named
	 * headers, nothing internal.
	 * @param port the server's port
	 * @param style the active style
	 * @param codes the active code formatter (canonical code to output code)
	 */
	void assertLeavesInTheEnvelope(int port, StyleShape style, CodeFormatter codes) {
		assertLeavesInTheEnvelope(port, style, codes, List.of());
	}

	/**
	 * Send the scenario's request and check it leaves in the envelope, and that the body
	 * names none of the usual internals nor any of {@code alsoForbidden} (another stack's
	 * own).
	 */
	void assertLeavesInTheEnvelope(int port, StyleShape style, CodeFormatter codes, List<String> alsoForbidden) {
		String requestId = "matrix-" + IDS.incrementAndGet();
		String[] headers = Stream.concat(this.headers.stream(), Stream.of("x-request-id", requestId))
			.toArray(String[]::new);
		HttpResponse<String> response = new Http(port).send(this.method, this.path, this.body, headers);

		assertThat(response.statusCode()).as("status").isEqualTo(this.status);
		assertThat(response.headers().firstValue("Content-Type")).as("content type").hasValue(style.contentType());
		assertThat(response.headers().firstValue("x-request-id")).as("request id").hasValue(requestId);
		this.responseHeaders.forEach((name, prefix) -> assertThat(response.headers().firstValue(name)).as(name)
			.hasValueSatisfying(value -> assertThat(value).startsWith(prefix)));
		JsonNode body = Json.parse(response.body());
		style.assertShape(body, codes.format(this.code), requestId);
		for (String forbidden : Stream.concat(FORBIDDEN.stream(), alsoForbidden.stream()).toList()) {
			assertThat(response.body()).as("body must not contain " + forbidden).doesNotContain(forbidden);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
