package io.github.errorenvelope.adoption;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the README tells an adopting team to check how its controller tests build MockMvc:
 * {@code standaloneSetup} never sees the starter (no auto-configuration, no filters), so
 * tests built on it pass whatever the starter does; {@code @AutoConfigureMockMvc} (or
 * {@code @WebMvcTest}) runs the application as configured.
 */
@SpringBootTest(classes = ExistingServiceApplication.class, properties = "error-envelope.precedence=envelope-first")
@AutoConfigureMockMvc
class MockMvcSetupTest {

	@Autowired
	MockMvcTester autoConfigured;

	@Test
	void standaloneSetupBypassesTheStarter() {
		MockMvcTester standalone = MockMvcTester
			.create(MockMvcBuilders.standaloneSetup(new OwnerController(new OwnerSearch()))
				.setControllerAdvice(new ApiExceptionHandler())
				.build());
		assertThat(standalone.get().uri("/api/owners/1/visits")).hasStatus(500)
			.doesNotContainHeader("x-request-id")
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void autoConfiguredMockMvcRunsTheStarter() {
		assertThat(this.autoConfigured.get()
			.uri("/api/owners/1/visits")
			.header("Authorization", Http.VET)
			.header("x-request-id", "mvc-1")).hasStatus(503)
			.hasHeader("x-request-id", "mvc-1")
			.bodyJson()
			.isLenientlyEqualTo("{\"error\":{\"code\":\"VISITS_UNAVAILABLE\"},\"request_id\":\"mvc-1\"}");
	}

}
