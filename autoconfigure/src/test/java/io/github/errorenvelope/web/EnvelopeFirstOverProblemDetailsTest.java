package io.github.errorenvelope.web;

import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.precedence=envelope-first} with
 * {@code spring.mvc.problemdetails.enabled=true}: Spring Boot's problem-details advice no
 * longer answers Spring MVC's exceptions in place of the envelope.
 */
@SpringBootTest(classes = TestApplication.class,
		properties = { "error-envelope.precedence=envelope-first", "spring.mvc.problemdetails.enabled=true" })
@AutoConfigureMockMvc
class EnvelopeFirstOverProblemDetailsTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void methodNotAllowedGetsTheEnvelope() {
		assertThat(this.mvc.delete().uri("/greeting").header("x-request-id", "pd-1")).hasStatus(405)
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"error\":{\"code\":\"METHOD_NOT_ALLOWED\"},\"request_id\":\"pd-1\"}");
	}

	@Test
	void unsupportedMediaTypeGetsTheEnvelope() {
		assertThat(this.mvc.post().uri("/jobs").contentType(MediaType.TEXT_PLAIN).content("x")).hasStatus(415)
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
	}

}
