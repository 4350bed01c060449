package io.github.errorenvelope.tomcat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.testapp.TestApplication;
import io.github.errorenvelope.web.RequestIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat rejects while parsing, before any filter runs, sent as raw bytes over a
 * socket (no HTTP client builds them): each must come back in the style's envelope with
 * Tomcat's status, a JSON content type, a code that fits, a safe message and a valid
 * request id — and nothing of Tomcat's HTML page. One subclass per style.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "server.tomcat.max-http-form-post-size=4KB")
abstract class ContainerErrorsTest {

	static final String SENT_ID = "client-id-1";

	static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

	static final String MALFORMED = "The request is malformed.";

	@LocalServerPort
	int port;

	/**
	 * Check the body's members for one rejected request.
	 * @param body the parsed body
	 * @param request the rejected request and what it must get
	 * @param requestId the id the response header carries
	 */
	abstract void assertEnvelope(JsonNode body, Rejected request, String requestId);

	String expectedContentType() {
		return "application/json";
	}

	static Stream<Rejected> rejectedRequests() {
		List<Rejected> all = new ArrayList<>();
		// header block: Tomcat fails while parsing it, so no header value is trusted (new
		// id)
		all.add(malformed("20 kB header block", get("/greeting", "x-big: " + "a".repeat(20_000)), false));
		all.add(malformed("120 headers", get("/greeting", manyHeaders(120)), false));
		all.add(malformed("header line without a colon", get("/greeting", "this line has no colon"), false));
		all.add(malformed("control character in x-request-id",
				request("GET /greeting HTTP/1.1", "Host: localhost", "x-request-id: ab\u0001cd"), false));
		all.add(malformed("10 kB x-request-id",
				request("GET /greeting HTTP/1.1", "Host: localhost", "x-request-id: " + "z".repeat(10_000)), false));
		all.add(malformed("Host: <script>",
				request("GET /greeting HTTP/1.1", "Host: <script>", "x-request-id: " + SENT_ID), false));
		// headers parsed, the request refused afterwards: a valid incoming id is kept
		all.add(malformed("no Host header", request("GET /greeting HTTP/1.1", "x-request-id: " + SENT_ID), true));
		all.add(malformed("two Host headers",
				request("GET /greeting HTTP/1.1", "Host: a", "Host: b", "x-request-id: " + SENT_ID), true));
		all.add(malformed("Content-Length: abc",
				request("POST /jobs HTTP/1.1", "Host: localhost", "x-request-id: " + SENT_ID, "Content-Length: abc"),
				true));
		all.add(malformed("invalid UTF-8 in the path (%C3%28)", get("/greeting/%C3%28"), true));
		all.add(malformed("raw non-UTF-8 byte in the path", get("/gr\u00ffeeting"), false));
		all.add(malformed("%2F in the path", get("/greeting%2Fx"), true));
		all.add(malformed("encoded traversal %2e%2e", get("/%2e%2e/%2e%2e/etc/passwd"), true));
		all.add(malformed("traversal with ..;", get("/..;/..;/etc/passwd"), true));
		all.add(malformed("%00 in the path", get("/greeting%00.json"), true));
		all.add(malformed("overlong UTF-8 dot %c0%ae", get("/%c0%ae%c0%ae/etc/passwd"), true));
		all.add(malformed("backslashes in the path", get("/a\\..\\greeting"), false));
		all.add(malformed("encoded backslashes %5c", get("/a%5c..%5cgreeting"), true));
		// the request line is longer than the header buffer
		// (server.max-http-request-header-size)
		all.add(malformed("9k path", get("/" + "p".repeat(9_000)), false));
		all.add(malformed("20k path", get("/" + "p".repeat(20_000)), false));
		all.add(malformed("9k query", get("/search?q=" + "q".repeat(9_000)), false));
		all.add(malformed("limit[]=1 (unencoded brackets)", get("/search?limit[]=1"), false));
		all.add(malformed("invalid method token", request("G(T /greeting HTTP/1.1", "Host: localhost"), false));
		// parameter limits break when the application first reads parameters: Tomcat's
		// status, not a 500
		all.add(new Rejected("2,000 query parameters", get("/search?limit=5" + "&p=1".repeat(2_000)), 400,
				"MALFORMED_REQUEST", "The request parameters are malformed or too many.", true, "/search"));
		all.add(new Rejected("form larger than max-http-form-post-size",
				request("POST /jobs HTTP/1.1", "Host: localhost", "x-request-id: " + SENT_ID,
						"Content-Type: application/x-www-form-urlencoded", "Content-Length: 8000", "",
						"a=b&".repeat(2_000)),
				413, "PAYLOAD_TOO_LARGE", "The request is too large.", true, "/jobs"));
		all.add(new Rejected("HTTP/2.0 on the HTTP/1.1 connector",
				request("GET /greeting HTTP/2.0", "Host: localhost", "x-request-id: " + SENT_ID), 505,
				"HTTP_VERSION_NOT_SUPPORTED", "The HTTP version of the request is not supported.", true, null));
		all.add(new Rejected("HTTP/1.2",
				request("GET /greeting HTTP/1.2", "Host: localhost", "x-request-id: " + SENT_ID), 505,
				"HTTP_VERSION_NOT_SUPPORTED", "The HTTP version of the request is not supported.", true, null));
		all.add(new Rejected("unknown Transfer-Encoding",
				request("POST /jobs HTTP/1.1", "Host: localhost", "x-request-id: " + SENT_ID,
						"Transfer-Encoding: gzip"),
				501, "NOT_IMPLEMENTED", "The request uses a feature the server does not support.", true, null));
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedRequests")
	void rejectedRequestGetsTheEnvelope(Rejected request) {
		RawHttp.Response response = new RawHttp(this.port).send(request.bytes());
		assertThat(response.status()).isEqualTo(request.status());
		assertThat(response.header("Content-Type")).isEqualTo(expectedContentType());
		String id = response.header("x-request-id");
		assertThat(RequestIds.isValid(id)).as("request id %s", id).isTrue();
		if (request.idReused()) {
			assertThat(id).isEqualTo(SENT_ID);
		}
		else {
			assertThat(id).matches(UUID_PATTERN);
		}
		String whole = (response.head() + response.body()).toLowerCase(Locale.ROOT);
		assertThat(whole).doesNotContain("<html", "<!doctype", "tomcat", "apache", "<script", "exception",
				"invalid character");
		assertEnvelope(Json.parse(response.body()), request, id);
	}

	static Rejected malformed(String name, byte[] bytes, boolean idReused) {
		return new Rejected(name, bytes, 400, "MALFORMED_REQUEST", MALFORMED, idReused, null);
	}

	/**
	 * A GET with a valid request id, extra header lines, and {@code Connection: close}.
	 */
	static byte[] get(String target, String... headerLines) {
		List<String> lines = new ArrayList<>();
		lines.add("GET " + target + " HTTP/1.1");
		lines.add("Host: localhost");
		lines.add("x-request-id: " + SENT_ID);
		lines.addAll(List.of(headerLines));
		lines.add("Connection: close");
		return request(lines.toArray(String[]::new));
	}

	/**
	 * The lines joined with CRLF, ending the head with an empty line unless a body line
	 * is given.
	 */
	static byte[] request(String... lines) {
		StringBuilder text = new StringBuilder();
		boolean body = false;
		for (String line : lines) {
			if (body) {
				text.append(line);
			}
			else {
				text.append(line).append("\r\n");
				body = line.isEmpty();
			}
		}
		if (!body) {
			text.append("\r\n");
		}
		// ISO-8859-1 keeps every char one byte, so the raw bytes are exactly what is
		// written here
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	static String manyHeaders(int count) {
		StringBuilder headers = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				headers.append("\r\n");
			}
			headers.append("x-h").append(i).append(": v");
		}
		return headers.toString();
	}

	static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	/**
	 * One rejected request and what it must get.
	 *
	 * @param name the category
	 * @param bytes the raw request
	 * @param status the status Tomcat chooses
	 * @param code the canonical code
	 * @param message the message
	 * @param idReused whether the valid incoming id is kept (the header block could be
	 * parsed)
	 * @param path the path in the error, for the limits that surface only when the
	 * application reads parameters (so the request went through the application);
	 * {@code null} for Tomcat's own pages
	 */
	record Rejected(String name, byte[] bytes, int status, String code, String message, boolean idReused, String path) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
