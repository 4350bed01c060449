package io.github.errorenvelope.sample.reactive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.errorenvelope.support.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite, reactive edition, over raw sockets against the reactive sample
 * in every style: every hostile request that reaches the application gets a 4xx envelope
 * with a safe request id and nothing internal; what Reactor Netty (or Spring's adapter in
 * front of every filter) rejects itself is pinned to exactly what the README documents: a
 * bodiless 400, 414 or 431 that closes the connection, without a request id.
 */
class ReactiveHostileInputTest {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private static final List<String> INTERNALS = List.of("Exception", "java.", "org.springframework", "tools.jackson",
			"com.fasterxml", "jakarta.", "reactor.", "Netty", "<html", "\tat ", "jdbc");

	private static final String JSON_POST = "POST /orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";

	/** Requests that reach the application: name, raw request. */
	static List<String[]> reachingTheApplication() {
		List<String[]> requests = new ArrayList<>();
		requests.add(raw("10 kB request id",
				"GET /orders/99 HTTP/1.1\r\nHost: x\r\nx-request-id: " + "i".repeat(6000) + "\r\n\r\n"));
		requests.add(raw("script in the request id",
				"GET /orders/99 HTTP/1.1\r\nHost: x\r\nx-request-id: <script>alert(1)</script>\r\n\r\n"));
		requests.add(raw("path traversal", "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"));
		requests.add(raw("encoded traversal", "GET /orders/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"));
		requests.add(raw("unknown method", "BREW /orders HTTP/1.1\r\nHost: x\r\n\r\n"));
		requests.add(raw("script in the path", "GET /orders/%3Cscript%3E HTTP/1.1\r\nHost: x\r\n\r\n"));
		requests.add(raw("SQL in a parameter", "GET /orders?limit=1%27%20OR%201=1 HTTP/1.1\r\nHost: x\r\n\r\n"));
		requests.add(raw("huge number", "GET /orders?limit=99999999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n"));
		requests.add(json("truncated JSON", "{\"customer_name\":"));
		requests.add(json("JSON array instead of object", "[1,2,3]"));
		requests.add(json("deeply nested JSON", "[".repeat(5000) + "]".repeat(5000)));
		requests.add(json("NUL bytes", "{\"customer_name\":\"a\u0000b\"}"));
		requests.add(json("huge number in JSON", "{\"items\":[{\"quantity\":" + "9".repeat(400) + "}]}"));
		requests.add(json("wrong types everywhere", "{\"customer_name\":[],\"parameters\":1,\"items\":\"x\"}"));
		requests.add(json("200 invalid items", "{\"items\":["
				+ String.join(",", java.util.Collections.nCopies(200, "{\"sku\":\"\",\"quantity\":0}")) + "]}"));
		requests
			.add(raw("invalid UTF-8", JSON_POST + "Content-Length: 22\r\n\r\n{\"customer_name\":\"\u00ff\u00fe\"}"));
		requests.add(raw("unknown charset", "POST /orders HTTP/1.1\r\nHost: x\r\n"
				+ "Content-Type: application/json;charset=klingon\r\nContent-Length: 2\r\n\r\n{}"));
		requests.add(raw("XML body", "POST /orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
				+ "Content-Length: 7\r\n\r\n<a></a>"));
		requests.add(raw("garbage content type",
				"POST /orders HTTP/1.1\r\nHost: x\r\nContent-Type: ;;;\r\n" + "Content-Length: 2\r\n\r\n{}"));
		requests.add(raw("body on a GET", "GET /orders/99 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"));
		requests.add(raw("wrong Basic credentials",
				"GET /account HTTP/1.1\r\nHost: x\r\n" + "Authorization: Basic !!!notbase64\r\n\r\n"));
		return requests;
	}

	/** Requests the server rejects before any filter runs: name, raw request, status. */
	static Stream<Arguments> rejectedByTheServer() {
		return Stream.of(
				Arguments.of("request line too long (> 4096)",
						"GET /orders/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414),
				Arguments.of("header too large (> 8192)",
						"GET /orders HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n", 431),
				Arguments.of("garbage request line", "GARBAGE\r\n\r\n", 400),
				Arguments.of("space in a header name", "GET /orders HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n", 400),
				Arguments.of("invalid Content-Length",
						"POST /orders HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400),
				Arguments.of("invalid percent-encoding", "GET /orders/%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
				Arguments.of("bare CR in a header value",
						"GET /orders/99 HTTP/1.1\r\nHost: x\r\nx-request-id: a\rb\r\n\r\n", 400),
				Arguments.of("control characters in a header value",
						"GET /orders/99 HTTP/1.1\r\nHost: x\r\nx-request-id: a\u0001b\u007f\r\n\r\n", 400));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void everyHostileRequestThatReachesTheApplicationGetsASafe4xxEnvelope(String style) throws Exception {
		List<String> problems = new ArrayList<>();
		try (ConfigurableApplicationContext app = start(style)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			for (String[] hostile : reachingTheApplication()) {
				Response response = send(port, hostile[1]);
				String problem = problemWith(response);
				if (problem != null) {
					problems.add(hostile[0] + ": " + problem);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedByTheServer")
	void whatTheServerRejectsItselfIsABodiless4xxThatClosesTheConnection(String name, String request, int status)
			throws Exception {
		try (ConfigurableApplicationContext app = start("nested-error")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Response response = send(port, request);
			assertThat(response.status).isEqualTo(status);
			assertThat(response.body).isEmpty();
			assertThat(response.header("content-length")).isEqualTo("0");
			assertThat(response.header("connection")).isEqualTo("close");
			assertThat(response.header("x-request-id")).isNull();
		}
	}

	private static String problemWith(Response response) {
		if (response.status < 400 || response.status >= 500) {
			return "status " + response.status + " " + response.body;
		}
		String id = response.header("x-request-id");
		if (id == null || !SAFE_ID.matcher(id).matches()) {
			return "unsafe or missing request id " + id;
		}
		for (String internal : INTERNALS) {
			if (response.body.contains(internal)) {
				return "body leaks " + internal + ": " + response.body;
			}
		}
		if (response.body.length() > 16_384) {
			return "body of " + response.body.length() + " characters";
		}
		Json.parse(response.body);
		return null;
	}

	private static ConfigurableApplicationContext start(String style) {
		return new SpringApplicationBuilder(ReactiveSampleApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--error-envelope.style=" + style, "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--logging.level.io.github.errorenvelope=off");
	}

	private static String[] raw(String name, String request) {
		return new String[] { name, request };
	}

	private static String[] json(String name, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return raw(name, JSON_POST + "Content-Length: " + bytes.length + "\r\n\r\n" + body);
	}

	/** Send one request with {@code Connection: close} and read the whole answer. */
	private static Response send(int port, String request) throws Exception {
		String closing = request.replaceFirst("\r\n", "\r\nConnection: close\r\n");
		return Response.parse(RawSocket.exchange(port, closing));
	}

	private record Response(int status, String head, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end >= 0) ? raw.substring(0, end) : raw;
			String body = (end >= 0) ? raw.substring(end + 4) : "";
			Matcher status = Pattern.compile("^HTTP/1.1 (\\d{3})").matcher(head);
			assertThat(status.find()).as("status line in " + head).isTrue();
			if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = dechunk(body);
			}
			return new Response(Integer.parseInt(status.group(1)), head, body);
		}

		String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (at < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					break;
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toString();
		}

	}

}
