package io.github.errorenvelope.paths;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import io.github.errorenvelope.sample.reactive.ReactiveSampleApplication;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.StyleShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error-path matrix against the reactive sample on Reactor Netty, over real HTTP:
 * every scenario leaves with the style's members and code, the request id in header and
 * body, the headers it names and nothing internal; a success, a 304 and an error body of
 * the application's own leave as they were. One subclass per style runs the whole matrix.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.jackson.deserialization.fail-on-unknown-properties=true", "spring.http.codecs.max-in-memory-size=1KB" })
abstract class ReactiveErrorPathMatrixTest {

	/**
	 * Beside the internals every stack's bodies must not name: Reactor Netty's, and the
	 * sample's database.
	 */
	private static final List<String> REACTIVE_INTERNALS = List.of("reactor.", "Netty", "db.internal", "jdbc");

	@LocalServerPort
	int port;

	@Autowired
	CodeFormatter codes;

	abstract StyleShape style();

	static Stream<Scenario> scenarios() {
		return Stream.of(
				Scenario.postJson("@Valid body", "/orders",
						"{\"customer_name\":\"" + "x".repeat(60) + "\",\"parameters\":{\"credentials\":{}},"
								+ "\"items\":[{\"sku\":\"a\",\"quantity\":0}]}",
						400, "VALIDATION_ERROR"),
				Scenario.postJson("malformed JSON", "/orders", "{\"customer_name\":", 400, "MALFORMED_REQUEST"),
				Scenario.postJson("wrong JSON type", "/typed", "{\"count\":\"x\",\"status\":\"OPEN\",\"name\":\"n\"}",
						400, "VALIDATION_ERROR"),
				Scenario.postJson("unknown enum value", "/typed",
						"{\"count\":1,\"status\":\"WHATEVER\",\"name\":\"n\"}", 400, "VALIDATION_ERROR"),
				Scenario.postJson("missing required field", "/typed", "{\"count\":1,\"status\":\"OPEN\"}", 400,
						"VALIDATION_ERROR"),
				Scenario.postJson("unknown field", "/typed", "{\"count\":1,\"name\":\"n\",\"extra\":true}", 400,
						"VALIDATION_ERROR"),
				Scenario.postJson("missing body", "/typed", null, 400, "MALFORMED_REQUEST"),
				Scenario.get("@Min on @RequestParam", "/orders?limit=0", 400, "VALIDATION_ERROR"),
				Scenario.get("parameter type mismatch", "/orders?limit=abc", 400, "VALIDATION_ERROR"),
				Scenario.get("missing header", "/tenant", 400, "MISSING_PARAMETER"),
				Scenario.get("unknown path", "/no/such/path", 404, "NOT_FOUND"),
				Scenario.get("wrong method", "/orders/1", 405, "METHOD_NOT_ALLOWED")
					.method("DELETE")
					.expectHeader("Allow", "GET"),
				Scenario.get("not acceptable", "/xml-only", 406, "NOT_ACCEPTABLE").header("Accept", "application/json"),
				Scenario.postJson("unsupported media type", "/orders", "name=x", 415, "UNSUPPORTED_MEDIA_TYPE")
					.body("text/plain", "name=x")
					.expectHeader("Accept", "application/json"),
				Scenario.postJson("body over spring.http.codecs.max-in-memory-size", "/orders",
						"{\"customer_name\":\"" + "x".repeat(4096) + "\"}", 413, "PAYLOAD_TOO_LARGE"),
				Scenario.get("coded domain exception", "/orders/99", 404, "ORDER_NOT_FOUND"),
				Scenario.postJson("coded conflict", "/orders/2/cancel", null, 409, "ORDER_ALREADY_SHIPPED"),
				Scenario.postJson("@ErrorDetail header", "/orders/1/export", null, 429, "RATE_LIMITED")
					.expectHeader("Retry-After", "30"),
				Scenario.get("ResponseStatusException", "/gone", 410, "GONE"),
				Scenario.get("unexpected exception", "/orders/1/invoice", 500, "INTERNAL_ERROR"),
				Scenario.get("functional route", "/customers/99", 404, "CUSTOMER_NOT_FOUND"),
				Scenario.get("coded exception in a WebFilter", "/partner/feed", 401, "INVALID_API_KEY")
					.expectHeader("WWW-Authenticate", "ApiKey"),
				Scenario.get("security: no credentials", "/account", 401, "UNAUTHORIZED")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.get("security: bad credentials", "/account", 401, "UNAUTHORIZED")
					.basicAuth("ada", "wrong")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.postJson("method security: denied", "/account/purge", null, 403, "FORBIDDEN")
					.basicAuth("ada", "lovelace"),
				Scenario.postJson("method security: anonymous", "/account/purge", null, 401, "UNAUTHORIZED")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.get("bodiless ResponseEntity 404", "/bodiless/not-found", 404, "NOT_FOUND"),
				Scenario.postJson("bodiless ResponseEntity 409", "/bodiless/conflict", null, 409, "CONFLICT"),
				Scenario.get("bodiless 503 + Retry-After", "/bodiless/unavailable", 503, "SERVICE_UNAVAILABLE")
					.expectHeader("Retry-After", "120"),
				Scenario.postJson("bodiless 405 + Allow", "/bodiless/read-only", null, 405, "METHOD_NOT_ALLOWED")
					.expectHeader("Allow", "GET"),
				Scenario.get("bodiless 401 + WWW-Authenticate", "/bodiless/token", 401, "UNAUTHORIZED")
					.expectHeader("WWW-Authenticate", "Bearer realm=\"orders\""),
				Scenario.get("bodiless status from a functional route", "/bodiless/route", 410, "GONE"),
				Scenario.get("bodiless status from a WebFilter", "/bodiless/filter", 429, "TOO_MANY_REQUESTS")
					.expectHeader("Retry-After", "30"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void everyErrorPathLeavesInTheEnvelope(Scenario scenario) {
		scenario.assertLeavesInTheEnvelope(this.port, style(), this.codes, REACTIVE_INTERNALS);
	}

	@Test
	void bodilessSuccessesAndTheApplicationsOwnErrorBodiesAreLeftAlone() {
		Http http = new Http(this.port);
		HttpResponse<String> ok = http.get("/bodiless/ok");
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("X-Bodiless")).hasValue("ok");
		assertThat(ok.headers().firstValue("Content-Type")).isEmpty();
		assertThat(ok.body()).isEmpty();
		HttpResponse<String> notModified = http.get("/bodiless/not-modified");
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().firstValue("ETag")).hasValue("\"v1\"");
		assertThat(notModified.headers().firstValue("Content-Type")).isEmpty();
		assertThat(notModified.body()).isEmpty();
		HttpResponse<String> own = http.get("/bodiless/own-body");
		assertThat(own.statusCode()).isEqualTo(404);
		assertThat(own.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(own.body()).isEqualTo("{\"mine\":\"yes\"}");
	}

}
