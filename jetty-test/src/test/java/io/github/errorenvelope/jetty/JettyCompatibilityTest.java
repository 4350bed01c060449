package io.github.errorenvelope.jetty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter on Jetty: every error that reaches Spring leaves in the envelope with the
 * request id; the Tomcat-only container-error valve stays out. Requests Jetty rejects
 * while parsing keep Jetty's own answer (container-level errors are enveloped on Tomcat
 * only).
 */
@SpringBootTest(classes = JettyApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class JettyCompatibilityTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void runsOnJettyWithoutTomcat() {
		assertThat(this.context.getWebServer().getClass().getSimpleName()).startsWith("Jetty");
		assertThat(ClassUtils.isPresent("org.apache.catalina.startup.Tomcat", null)).isFalse();
		assertThat(this.context.containsBean("errorEnvelopeErrorReportValveCustomizer")).isFalse();
	}

	@Test
	void codedDomainErrorIsEnveloped() throws Exception {
		HttpResponse<String> response = send(get("/items/7").header("x-request-id", "jetty-1"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("x-request-id")).hasValue("jetty-1");
		assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
				{"error": {"code": "ITEM_NOT_FOUND", "message": "Item 7 does not exist."}, "request_id": "jetty-1"}
				"""));
	}

	@Test
	void validationErrorIsEnveloped() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/items"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\"}")));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").get("code").asString()).isEqualTo("VALIDATION_ERROR");
		assertThat(body.get("error").get("details").get("field").asString()).isEqualTo("name");
		assertThat(body.get("request_id").asString())
			.isEqualTo(response.headers().firstValue("x-request-id").orElseThrow());
	}

	@Test
	void unknownPathAndWrongMethodAreEnveloped() throws Exception {
		HttpResponse<String> notFound = send(get("/nope").header("x-request-id", "jetty-2"));
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(notFound.body()).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(notFound.headers().firstValue("x-request-id")).hasValue("jetty-2");
		HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/items/7")).DELETE());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(JSON.readTree(wrongMethod.body()).get("error").get("code").asString())
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void requestJettyRejectsWhileParsingKeepsJettysAnswer() throws Exception {
		HttpResponse<String> response = send(get("/items/7").header("x-big", "a".repeat(20_000)));
		assertThat(response.statusCode()).isEqualTo(431);
		// the server is unharmed: the next request gets the envelope
		assertThat(send(get("/items/8")).statusCode()).isEqualTo(404);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
