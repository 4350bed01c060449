package io.github.errorenvelope.paths;

import java.util.stream.Stream;

import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.support.StyleShape;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every error scenario of the README's table, over real HTTP, with Spring Security
 * present: status, content type, the style's members, the request-id header, the headers
 * the scenario names, and nothing internal in the body. One subclass per style runs the
 * whole matrix.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=",
				"spring.jackson.deserialization.fail-on-unknown-properties=true",
				"spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=1KB" })
@ActiveProfiles("security")
abstract class ErrorPathMatrixTest {

	private static final String MULTIPART = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
			+ "Content-Type: text/plain\r\n\r\n" + "x".repeat(4096) + "\r\n--XyZ--\r\n";

	@LocalServerPort
	int port;

	@Autowired
	CodeFormatter codes;

	abstract StyleShape style();

	static Stream<Scenario> scenarios() {
		return Stream.concat(applicationScenarios(), securityScenarios());
	}

	/**
	 * The scenarios that need no Spring Security: the application's, its filters' and the
	 * container's.
	 */
	static Stream<Scenario> applicationScenarios() {
		return Stream.of(Scenario.postJson("@Valid body", "/jobs",
				"{\"name\":\"" + "x".repeat(60) + "\",\"parameters\":{\"credentials\":{}}}", 400, "VALIDATION_ERROR"),
				Scenario.postJson("malformed JSON", "/jobs", "{\"name\":", 400, "MALFORMED_REQUEST"),
				Scenario.postJson("wrong JSON type", "/typed", "{\"count\":\"x\",\"status\":\"OPEN\",\"name\":\"n\"}",
						400, "VALIDATION_ERROR"),
				Scenario.postJson("unknown enum value", "/typed",
						"{\"count\":1,\"status\":\"WHATEVER\",\"name\":\"n\"}", 400, "VALIDATION_ERROR"),
				Scenario.postJson("missing required field", "/typed", "{\"count\":1,\"status\":\"OPEN\"}", 400,
						"VALIDATION_ERROR"),
				Scenario.postJson("unknown field", "/typed", "{\"count\":1,\"name\":\"n\",\"extra\":true}", 400,
						"VALIDATION_ERROR"),
				Scenario.postJson("missing body", "/typed", null, 400, "MALFORMED_REQUEST"),
				Scenario.get("@Min on @RequestParam", "/search?limit=0", 400, "VALIDATION_ERROR"),
				Scenario.get("@Pattern on @RequestParam", "/codes?code=abc", 400, "VALIDATION_ERROR"),
				Scenario.get("parameter type mismatch", "/search?limit=abc", 400, "VALIDATION_ERROR"),
				Scenario.get("@Validated service", "/service?name=&times=0", 400, "VALIDATION_ERROR"),
				Scenario.get("missing query parameter", "/search", 400, "MISSING_PARAMETER"),
				Scenario.get("missing header", "/tenant", 400, "MISSING_PARAMETER"),
				Scenario.get("unknown path", "/no/such/path", 404, "NOT_FOUND"),
				Scenario.get("wrong method", "/search?limit=1", 405, "METHOD_NOT_ALLOWED")
					.method("DELETE")
					.expectHeader("Allow", "GET"),
				Scenario.get("not acceptable", "/xml-only", 406, "NOT_ACCEPTABLE").header("Accept", "application/json"),
				Scenario.postJson("unsupported media type", "/jobs", "name=x", 415, "UNSUPPORTED_MEDIA_TYPE")
					.body("text/plain", "name=x")
					.expectHeader("Accept", "application/json"),
				Scenario.postJson("upload too large", "/upload", MULTIPART, 413, "PAYLOAD_TOO_LARGE")
					.body("multipart/form-data; boundary=XyZ", MULTIPART),
				Scenario.get("async timeout", "/slow", 503, "TIMEOUT"),
				Scenario.get("coded domain exception", "/products/42", 404, "PRODUCT_NOT_FOUND"),
				Scenario.get("@ErrorDetail header", "/quota", 429, "QUOTA_EXCEEDED").expectHeader("Retry-After", "30"),
				Scenario.get("ResponseStatusException", "/gone", 410, "GONE"),
				Scenario.get("unexpected exception", "/boom", 500, "INTERNAL_ERROR"),
				Scenario.get("coded exception in a filter", "/greeting", 429, "QUOTA_EXCEEDED")
					.header("X-Fail", "coded")
					.expectHeader("Retry-After", "7"),
				Scenario.get("exception in a filter", "/greeting", 500, "INTERNAL_ERROR").header("X-Fail", "boom"),
				Scenario.get("sendError in a filter", "/greeting", 429, "TOO_MANY_REQUESTS")
					.header("X-Fail", "send-error"),
				Scenario.get("status without body", "/greeting", 401, "UNAUTHORIZED")
					.header("X-Fail", "status-only")
					.expectHeader("WWW-Authenticate", "Bearer"));
	}

	/** The scenarios of Spring Security: URL rules, method security, the firewall. */
	static Stream<Scenario> securityScenarios() {
		return Stream.of(
				Scenario.get("security: no credentials", "/secure/data", 401, "UNAUTHORIZED")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.get("security: bad credentials", "/secure/data", 401, "UNAUTHORIZED")
					.basicAuth("user", "wrong")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.get("security: access denied", "/admin/data", 403, "FORBIDDEN").basicAuth("user", "password"),
				Scenario.get("method security: denied", "/method/admin", 403, "FORBIDDEN")
					.basicAuth("user", "password"),
				Scenario.get("method security: anonymous", "/method/authenticated", 401, "UNAUTHORIZED")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.get("firewall: rejected path", "/products;evil=1/42", 400, "BAD_REQUEST"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void everyErrorPathLeavesInTheEnvelope(Scenario scenario) {
		scenario.assertLeavesInTheEnvelope(this.port, style(), this.codes);
	}

}
