package io.github.errorenvelope.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.github.errorenvelope.sample.HostileRequests.Hostile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite: every request of {@link HostileRequests}, against the sample
 * app over real HTTP, in every style. Each must get a 4xx whose body is the active
 * style's envelope (its members, a well-formed code, the header's request id where the
 * style has a slot; see {@link EnvelopeShape}) of at most 16 KB, with a safe request id
 * and nothing internal; the counts are printed as "requests sent, 5xx seen, leaks seen,
 * non-envelope bodies seen".
 */
class HostileInputSuiteTest {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private static final List<String> INTERNALS = List.of("Exception", "java.", "org.springframework", "tools.jackson",
			"com.fasterxml", "jakarta.", "Tomcat", "Apache", "<html", "\tat ", "jdbc");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final AtomicInteger SENT = new AtomicInteger();

	private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

	private static final AtomicInteger LEAKS = new AtomicInteger();

	private static final AtomicInteger NOT_ENVELOPES = new AtomicInteger();

	private static final int MAX_BODY_BYTES = 16 * 1024;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void everyHostileRequestGetsASafe4xxEnvelope(String style) throws Exception {
		List<Hostile> requests = HostileRequests.build();
		assertThat(requests).hasSizeGreaterThanOrEqualTo(200);
		List<String> problems = new ArrayList<>();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SampleApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--error-envelope.style=" + style,
				// an application that maps IOException for its own storage: broken bodies
				// stay 4xx
				"--error-envelope.exceptions[java.io.IOException].status=503",
				"--error-envelope.exceptions[java.io.IOException].code=STORAGE_UNAVAILABLE",
				"--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--logging.level.io.github.errorenvelope=off")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			for (Hostile hostile : requests) {
				String problem = (hostile.raw() != null)
						? checkRaw(style, hostile, RawExchange.send(port, hostile.raw()))
						: check(style, hostile, send(port, hostile));
				if (problem != null) {
					problems.add(hostile.name() + ": " + problem);
				}
			}
		}
		System.out.printf("Hostile-input suite [%s]: %d requests sent, %d problems%n", style, requests.size(),
				problems.size());
		assertThat(problems).isEmpty();
	}

	@AfterAll
	static void report() {
		System.out.printf(
				"Hostile-input suite: %d requests sent, %d 5xx seen, %d leaks seen, %d non-envelope bodies seen%n",
				SENT.get(), SERVER_ERRORS.get(), LEAKS.get(), NOT_ENVELOPES.get());
	}

	private static HttpResponse<String> send(int port, Hostile hostile) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + hostile.path()))
			.timeout(Duration.ofSeconds(30))
			.method(hostile.method(), (hostile.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(hostile.body())
					: HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i + 1 < hostile.headers().size(); i += 2) {
			request.header(hostile.headers().get(i), hostile.headers().get(i + 1));
		}
		if (hostile.requestId() != null) {
			request.header("x-request-id", hostile.requestId());
		}
		SENT.incrementAndGet();
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** What is wrong with a response, or {@code null} when it is a safe 4xx envelope. */
	private static String check(String style, Hostile hostile, HttpResponse<String> response) {
		return check(style, hostile, response.statusCode(), response.headers().firstValue("x-request-id").orElse(null),
				response.headers().firstValue("Content-Type").orElse(null), response.body());
	}

	private static String checkRaw(String style, Hostile hostile, RawExchange response) {
		SENT.incrementAndGet();
		return check(style, hostile, response.status(), response.headers().get("x-request-id"),
				response.headers().get("content-type"), response.body());
	}

	private static String check(String style, Hostile hostile, int status, String id, String contentType,
			String responseBody) {
		if (status >= 500) {
			SERVER_ERRORS.incrementAndGet();
			return "status " + status + " " + responseBody;
		}
		String leak = leak(hostile, id, responseBody);
		if (leak != null) {
			LEAKS.incrementAndGet();
			return leak;
		}
		String notAnEnvelope = notAnEnvelope(style, status, id, contentType, responseBody);
		if (notAnEnvelope != null) {
			NOT_ENVELOPES.incrementAndGet();
			return notAnEnvelope;
		}
		return (status < 400) ? "expected a 4xx, got " + status : null;
	}

	private static String leak(Hostile hostile, String id, String responseBody) {
		if (id == null || !SAFE_ID.matcher(id).matches()) {
			return "unsafe or missing request id " + id;
		}
		if (hostile.requestId() != null && !hostile.requestId().equals(id)) {
			return "request id " + id + " instead of " + hostile.requestId();
		}
		if (hostile.raw() != null && hostile.raw().length > 0
				&& new String(hostile.raw(), StandardCharsets.ISO_8859_1).contains("x-request-id: " + id)) {
			return "hostile request id echoed: " + id;
		}
		for (String internal : INTERNALS) {
			if (responseBody.contains(internal)) {
				return "body contains " + internal + ": " + responseBody;
			}
		}
		return null;
	}

	/**
	 * What keeps a body from being the style's envelope, or {@code null} when it is one.
	 */
	static String notAnEnvelope(String style, int status, String id, String contentType, String responseBody) {
		String expectedType = style.equals("problem-detail") ? "application/problem+json" : "application/json";
		if (!expectedType.equals(contentType)) {
			return "content type " + contentType;
		}
		if (responseBody.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
			return "body over 16 KB: " + responseBody.length() + " characters";
		}
		JsonNode body;
		try {
			body = JSON.readTree(responseBody);
		}
		catch (RuntimeException ex) {
			return "body is not JSON: " + responseBody;
		}
		List<String> problems = EnvelopeShape.of(style).problems(body, responseBody, status, id);
		return problems.isEmpty() ? null : "not a " + style + " envelope " + problems + ": " + responseBody;
	}

}
