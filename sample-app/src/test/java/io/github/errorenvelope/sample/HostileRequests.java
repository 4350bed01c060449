package io.github.errorenvelope.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the hostile-input suite: hundreds of distinct malformed or hostile requests
 * against the sample app, every one of which must get a well-formed 4xx envelope.
 */
final class HostileRequests {

	/** A valid order body; every request below breaks it or the request around it. */
	static final String VALID = "{\"customer_name\":\"Ada\",\"parameters\":{\"credentials\":{\"access_key\":\"k1\"}},"
			+ "\"items\":[{\"sku\":\"A-1\",\"quantity\":2}]}";

	/**
	 * One request.
	 *
	 * @param name what it tries
	 * @param method the method
	 * @param path the path and query, already encoded as it goes on the wire
	 * @param headers request headers (name, value, …)
	 * @param body the body bytes, or {@code null}
	 * @param requestId the x-request-id to send, or {@code null} when a header of the
	 * list sends one
	 * @param raw the whole request as bytes for a raw socket, or {@code null} to use an
	 * HTTP client
	 */
	record Hostile(String name, String method, String path, List<String> headers, byte[] body, String requestId,
			byte[] raw) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private final List<Hostile> all = new ArrayList<>();

	private int counter;

	static List<Hostile> build() {
		HostileRequests requests = new HostileRequests();
		requests.brokenJson();
		requests.wrongTypes();
		requests.hugeValues();
		requests.deepNesting();
		requests.invalidUtf8();
		requests.contentTypes();
		requests.acceptHeaders();
		requests.queryParameters();
		requests.pathParameters();
		requests.methodsAndRoutes();
		requests.oversizedBodies();
		requests.hostileRequestIds();
		requests.credentials();
		requests.rawRequests();
		requests.brokenBodyTransport();
		return requests.all;
	}

	private String nextId() {
		return "hostile-" + (++this.counter);
	}

	private void add(String name, String method, String path, byte[] body, String... headers) {
		this.all.add(new Hostile(name, method, path, List.of(headers), body, nextId(), null));
	}

	private void postJson(String name, String json) {
		add(name, "POST", "/orders", json.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
	}

	private void brokenJson() {
		for (int cut = 1; cut < VALID.length(); cut++) {
			postJson("truncated at " + cut, VALID.substring(0, cut));
		}
		for (String broken : new String[] { "", " ", "{", "}", "[", "]", "nul", "{\"customer_name\" \"Ada\"}",
				"{customer_name:\"Ada\"}", "{'customer_name':'Ada'}", "{\"customer_name\":\"Ada\",}", "{,}",
				"{\"a\":01}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
				"{\"a\":tru}", VALID + "garbage", VALID + VALID, "\u0000", "{\"customer_name\":\"line\nbreak\"}",
				"/* comment */" + VALID, "<xml/>", "[1,2,3]", "\"just a string\"", "42", "true", "null" }) {
			postJson("broken JSON " + broken.length() + ":" + Integer.toHexString(broken.hashCode()), broken);
		}
	}

	private void wrongTypes() {
		Map<String, String[]> placements = Map.of("\"Ada\"", new String[] { "[]", "{}", "null", "[\"Ada\"]" },
				"{\"credentials\":{\"access_key\":\"k1\"}}", new String[] { "\"params\"", "123", "true", "[]", "null" },
				"{\"access_key\":\"k1\"}", new String[] { "\"creds\"", "123", "false", "[]", "null" }, "\"k1\"",
				new String[] { "[]", "{}", "null", "\"\"" }, "[{\"sku\":\"A-1\",\"quantity\":2}]",
				new String[] { "\"items\"", "123", "{}", "null", "[]" }, "{\"sku\":\"A-1\",\"quantity\":2}",
				new String[] { "\"item\"", "123", "true", "[]" }, "\"A-1\"",
				new String[] { "[]", "{}", "null", "\"\"" }, "2}",
				new String[] { "\"two\"}", "true}", "[]}", "{}}", "null}", "0}", "-5}", "1001}" });
		placements.forEach((original, replacements) -> {
			for (String replacement : replacements) {
				postJson("wrong type " + original + " -> " + replacement, VALID.replace(original, replacement));
			}
		});
	}

	private void hugeValues() {
		for (String number : new String[] { "1e400", "99999999999999999999999999", "-99999999999999999999", "1e-400",
				"2147483648", "-2147483649", "1" + "0".repeat(2000) }) {
			postJson("huge number " + number.length(), VALID.replace("\"quantity\":2", "\"quantity\":" + number));
		}
		String hundredK = "x".repeat(100_000);
		postJson("100k customer_name", VALID.replace("\"Ada\"", "\"" + hundredK + "\""));
		postJson("100k access_key", VALID.replace("\"k1\"", "\"" + hundredK + "\""));
		postJson("100k sku", VALID.replace("\"A-1\"", "\"" + hundredK + "\""));
		postJson("100k field name", VALID.replace("\"customer_name\"", "\"" + hundredK + "\""));
		postJson("100k unknown field only", "{\"" + hundredK + "\":1}");
		postJson("100k items", "{\"customer_name\":\"Ada\",\"parameters\":{\"credentials\":{\"access_key\":\"k\"}},"
				+ "\"items\":[" + String.join(",", java.util.Collections.nCopies(20_000, "{\"quantity\":0}")) + "]}");
	}

	private void deepNesting() {
		String arrays = "[".repeat(10_000) + "]".repeat(10_000);
		String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
		postJson("10,000 nested arrays as body", arrays);
		postJson("10,000 nested objects as body", objects);
		postJson("10,000 nested arrays as a field", VALID.replace("\"Ada\"", arrays));
		postJson("10,000 nested objects as items", VALID.replace("[{\"sku\":\"A-1\",\"quantity\":2}]", arrays));
		postJson("10,000 unclosed arrays", "[".repeat(10_000));
	}

	private void invalidUtf8() {
		byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xC0, (byte) 0xAF },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0xE2, (byte) 0x82 } };
		for (int i = 0; i < bad.length; i++) {
			add("invalid UTF-8 in a value #" + i, "POST", "/orders", splice("{\"customer_name\":\"", bad[i], "\"}"),
					"Content-Type", "application/json");
			add("invalid UTF-8 in a name #" + i, "POST", "/orders", splice("{\"", bad[i], "\":1}"), "Content-Type",
					"application/json");
		}
	}

	private static byte[] splice(String before, byte[] middle, String after) {
		byte[] head = before.getBytes(StandardCharsets.UTF_8);
		byte[] tail = after.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + middle.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(middle, 0, all, head.length, middle.length);
		System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
		return all;
	}

	private void contentTypes() {
		byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
		for (String type : new String[] { "text/plain", "application/xml", "text/html",
				"application/x-www-form-urlencoded", "multipart/form-data", "garbage", "application/", ";;;",
				"application/json; charset=klingon", "application/json; charset=", "image/png",
				"application/octet-stream", "*/*" }) {
			add("content type " + type, "POST", "/orders", body, "Content-Type", type);
		}
		add("no content type", "POST", "/orders", body);
	}

	private void acceptHeaders() {
		for (String accept : new String[] { "text/html", "application/xml", "*/*;q=0", "garbage",
				"application/json;q=abc", "image/png", "text/event-stream", "a".repeat(4000), "application/json;q=0",
				",,,," }) {
			add("accept " + accept.length() + ":" + Integer.toHexString(accept.hashCode()) + " on a 404", "GET",
					"/orders/99", null, "Accept", accept);
		}
		for (String accept : new String[] { "application/xml", "text/html", "image/png" }) {
			add("accept " + accept + " on a success", "GET", "/orders", null, "Accept", accept);
		}
	}

	private void queryParameters() {
		for (String limit : new String[] { "abc", "-1", "0", "101", "1e9", "99999999999999999999", "1,2", "%00", "%FF",
				"%25", "1.5", "true", "--1", "+-1", "%3Cscript%3E", "NaN" }) {
			add("limit=" + limit, "GET", "/orders?limit=" + limit, null);
		}
	}

	private void pathParameters() {
		for (String id : new String[] { "%20", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(5000), "%E2%98%83",
				"'%20OR%201=1", "..%2e", "-1", "null", "%7B%7D", "1;drop" }) {
			add("order id " + id.length() + ":" + Integer.toHexString(id.hashCode()), "GET", "/orders/" + id, null);
		}
		add("traversal", "GET", "/orders/../../../etc/passwd", null);
		add("traversal encoded dots", "GET", "/orders/%2e%2e/%2e%2e/etc/passwd", null);
		add("static traversal", "GET", "/static/../application.yml", null);
	}

	private void methodsAndRoutes() {
		add("PATCH collection", "PATCH", "/orders", new byte[0]);
		add("PUT item", "PUT", "/orders/1", VALID.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
		add("DELETE item", "DELETE", "/orders/1", null);
		add("GET on POST-only", "GET", "/orders/1/export", null);
		add("POST on GET-only", "POST", "/orders/1", new byte[0]);
		add("unknown route", "GET", "/admin/config", null);
		add("unknown nested route", "GET", "/orders/1/2/3/4", null);
		add("unknown method", "FOO", "/orders", null);
		add("cancel unknown order", "POST", "/orders/999/cancel", new byte[0]);
		add("cancel shipped order", "POST", "/orders/2/cancel", new byte[0]);
		add("rate limited export", "POST", "/orders/1/export", new byte[0]);
		add("error path directly", "GET", "/error", null);
	}

	private void oversizedBodies() {
		byte[] eleven = new byte[11 * 1024 * 1024];
		java.util.Arrays.fill(eleven, (byte) 'a');
		add("11 MB body", "POST", "/orders", eleven, "Content-Type", "application/json");
	}

	private void hostileRequestIds() {
		for (String id : new String[] { "<script>alert(1)</script>", "a".repeat(129), "x".repeat(5000),
				"id with spaces", "id;drop table", "\"quoted\"", "a/b", "${jndi:ldap://x}" }) {
			this.all.add(new Hostile("hostile request id " + id.length() + ":" + Integer.toHexString(id.hashCode()),
					"GET", "/orders/99", List.of("x-request-id", id), null, null, null));
		}
	}

	private void raw(String name, String request) {
		this.all
			.add(new Hostile(name, "RAW", "", List.of(), null, null, request.getBytes(StandardCharsets.ISO_8859_1)));
	}

	private void rawGet(String name, String target, String extraHeaders) {
		raw(name, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n");
	}

	/**
	 * Requests only a raw socket can send; Tomcat rejects most before any filter runs.
	 */
	private void rawRequests() {
		rawGet("CR inside x-request-id", "/orders/99", "x-request-id: abc\rdef\r\n");
		rawGet("control character in x-request-id", "/orders/99", "x-request-id: abc\u0001def\r\n");
		rawGet("NUL in x-request-id", "/orders/99", "x-request-id: abc\u0000def\r\n");
		rawGet("DEL in x-request-id", "/orders/99", "x-request-id: abc\u007fdef\r\n");
		rawGet("tab inside x-request-id", "/orders/99", "x-request-id: abc\tdef\r\n");
		rawGet("10 kB x-request-id", "/orders/99", "x-request-id: " + "r".repeat(10_240) + "\r\n");
		rawGet("20 kB header block", "/orders/99", "X-Big: " + "h".repeat(20_480) + "\r\n");
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 120; i++) {
			many.append("X-H").append(i).append(": v\r\n");
		}
		rawGet("120 headers", "/orders/99", many.toString());
		rawGet("header line without colon", "/orders/99", "ThisIsNotAHeader\r\n");
		raw("Host: <script>", "GET /orders/99 HTTP/1.1\r\nHost: <script>\r\nConnection: close\r\n\r\n");
		rawPost("Content-Length: abc", "Content-Length: abc\r\n", "{}");
		rawGet("raw invalid UTF-8 in the path", "/orders/\u00ff\u00fe", "");
		rawGet("encoded slash in the path", "/orders%2F1", "");
		rawGet("encoded NUL in the path", "/orders/1%00", "");
		rawGet("overlong UTF-8 dot", "/orders/%c0%ae%c0%ae/etc", "");
		rawGet("invalid UTF-8 escape", "/orders/%C3%28", "");
		rawGet("backslash traversal", "/orders\\..\\..\\etc", "");
		rawGet("semicolon traversal", "/orders/..;/..;/etc/passwd", "");
		rawGet("encoded traversal above the root", "/%2e%2e/%2e%2e/etc/passwd", "");
		rawGet("9k path", "/orders/" + "p".repeat(9_216), "");
		rawGet("20k path", "/orders/" + "p".repeat(20_480), "");
		rawGet("9k query", "/orders?limit=1&q=" + "q".repeat(9_216), "");
		StringBuilder params = new StringBuilder("/orders?limit=1");
		for (int i = 0; i < 2_000; i++) {
			params.append("&p").append(i).append("=1");
		}
		rawGet("2,000 query parameters", params.toString(), "");
		rawGet("limit[]=1", "/orders?limit[]=1", "");
		raw("garbage request line", "GARBAGE\r\n\r\n");
		raw("lower-case method", "get /orders/99 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		raw("absolute-form with a bad host",
				"GET http://<evil>/orders HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
	}

	/**
	 * A POST of {@code /orders} written by hand: the head with the given framing headers
	 * (such as {@code Content-Length} or {@code Transfer-Encoding}), then the body bytes
	 * exactly as given, then the client stops sending (the raw exchange half-closes its
	 * side after writing).
	 */
	private void rawPost(String name, String framingHeaders, String body) {
		raw(name, "POST /orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + framingHeaders
				+ "Connection: close\r\n\r\n" + body);
	}

	/**
	 * Bodies broken at the transport level (issue 14): a Content-Length longer than what
	 * is sent, a chunk shorter than its size, a chunk size that is not hex or overflows,
	 * a control character in a chunk extension, a malformed trailer. Each is a client
	 * error (4xx envelope), never a 5xx, also where the application maps
	 * {@code IOException} to a 5xx.
	 */
	private void brokenBodyTransport() {
		rawPost("Content-Length 100, 11 bytes sent", "Content-Length: 100\r\n", "{\"a\":\"12345");
		rawPost("Content-Length 5000, nothing sent", "Content-Length: 5000\r\n", "");
		rawPost("chunk shorter than its size", "Transfer-Encoding: chunked\r\n", "20\r\n{\"customer\":\"a\"");
		rawPost("chunk size not hex", "Transfer-Encoding: chunked\r\n", "ZZ\r\n{}\r\n0\r\n\r\n");
		rawPost("chunk size overflows", "Transfer-Encoding: chunked\r\n", "FFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n");
		rawPost("negative chunk size", "Transfer-Encoding: chunked\r\n", "-2\r\n{}\r\n0\r\n\r\n");
		rawPost("control character in a chunk extension", "Transfer-Encoding: chunked\r\n",
				"2;ext=\u0001\r\n{}\r\n0\r\n\r\n");
		rawPost("malformed trailer", "Transfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\nbad trailer\r\n\r\n");
		rawPost("trailer without colon value", "Transfer-Encoding: chunked\r\n",
				"2\r\n{}\r\n0\r\nX-T\u0000: 1\r\n\r\n");
		rawPost("chunk data without its CRLF", "Transfer-Encoding: chunked\r\n", "2\r\n{}XX0\r\n\r\n");
		rawPost("last chunk missing", "Transfer-Encoding: chunked\r\n", "2\r\n{}\r\n");
	}

	private void credentials() {
		for (String authorization : new String[] { "Basic !!!",
				"Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()), "Bearer x", "Basic",
				"Basic " + "A".repeat(4000), "Digest x=y",
				"Basic " + java.util.Base64.getEncoder().encodeToString("ada:wrong".getBytes()) }) {
			add("authorization " + authorization.length() + ":" + Integer.toHexString(authorization.hashCode()), "GET",
					"/account", null, "Authorization", authorization);
		}
		add("admin-only as user", "POST", "/account/purge", new byte[0], "Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString("ada:lovelace".getBytes()));
		add("partner without key", "GET", "/partner/feed", null);
		add("partner with wrong key", "GET", "/partner/feed", null, "X-Api-Key", "guess");
	}

}
