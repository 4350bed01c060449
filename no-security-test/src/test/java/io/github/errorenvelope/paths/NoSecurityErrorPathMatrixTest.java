package io.github.errorenvelope.paths;

import java.util.Arrays;
import java.util.stream.Stream;

import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.support.RawHttp;
import io.github.errorenvelope.support.StyleShape;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error-path matrix over real HTTP in an application that does not have Spring
 * Security on its classpath at all (this module has no dependency on it): every scenario
 * that needs no security — advice, filters, {@code sendError}, bodiless statuses — and a
 * request Tomcat rejects itself, in all six styles.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jackson.deserialization.fail-on-unknown-properties=true",
				"spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=1KB" })
class NoSecurityErrorPathMatrixTest {

	static Stream<Scenario> scenarios() {
		return ErrorPathMatrixTest.applicationScenarios();
	}

	@Test
	void springSecurityIsNotOnTheClasspath() {
		ClassLoader loader = getClass().getClassLoader();
		assertThat(ClassUtils.isPresent("org.springframework.security.core.AuthenticationException", loader)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.security.web.SecurityFilterChain", loader)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.security.access.AccessDeniedException", loader)).isFalse();
	}

	@Test
	void theMatrixCoversEveryPathButSecurity() {
		assertThat(scenarios()).hasSize(
				(int) ErrorPathMatrixTest.scenarios().count() - (int) ErrorPathMatrixTest.securityScenarios().count());
		assertThat(scenarios()).extracting(Scenario::name)
			.contains("malformed JSON", "unknown path", "exception in a filter", "sendError in a filter",
					"status without body");
	}

	/**
	 * The matrix in one style; each nested class names its style and gets its own
	 * application.
	 */
	abstract class InStyle {

		@LocalServerPort
		int port;

		@Autowired
		CodeFormatter codes;

		@Value("${error-envelope.style}")
		String styleProperty;

		StyleShape style() {
			return Arrays.stream(StyleShape.values())
				.filter(shape -> shape.property().equals(this.styleProperty))
				.findFirst()
				.orElseThrow();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("io.github.errorenvelope.paths.NoSecurityErrorPathMatrixTest#scenarios")
		void everyErrorPathLeavesInTheEnvelope(Scenario scenario) {
			scenario.assertLeavesInTheEnvelope(this.port, style(), this.codes);
		}

		@Test
		void aRequestTomcatRejectsLeavesInTheEnvelope() {
			RawHttp.Response response = new RawHttp(this.port).send("GET /greeting HTTP/1.1\r\nHost: localhost\r\n"
					+ "this line has no colon\r\nConnection: close\r\n\r\n");
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).isEqualTo(style().contentType());
			String requestId = response.header("x-request-id");
			assertThat(requestId).isNotBlank();
			style().assertShape(Json.parse(response.body()), this.codes.format("MALFORMED_REQUEST"), requestId);
		}

	}

	@Nested
	@TestPropertySource(properties = "error-envelope.style=nested-error")
	class NestedError extends InStyle {

	}

	@Nested
	@TestPropertySource(properties = "error-envelope.style=claid")
	class Claid extends InStyle {

	}

	@Nested
	@TestPropertySource(properties = "error-envelope.style=success-envelope")
	class SuccessEnvelope extends InStyle {

	}

	@Nested
	@TestPropertySource(properties = "error-envelope.style=flat")
	class Flat extends InStyle {

	}

	@Nested
	@TestPropertySource(properties = "error-envelope.style=status-object")
	class StatusObject extends InStyle {

	}

	@Nested
	@TestPropertySource(properties = "error-envelope.style=problem-detail")
	class ProblemDetail extends InStyle {

	}

}
