package io.github.errorenvelope.web;

import io.github.errorenvelope.testapp.ProductNotFoundException;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code error-envelope.precedence=envelope-first} with the other common shape of
 * existing error handling, a {@code ResponseEntityExceptionHandler} subclass: its
 * built-in handling of Spring MVC's exceptions gives way to the envelope, while the
 * handlers the application declared for specific exceptions — in the advice, or local to
 * a controller — still answer.
 */
@SpringBootTest(
		classes = { TestApplication.class, EnvelopeFirstOverResponseEntityExceptionHandlerTest.ApiErrors.class,
				EnvelopeFirstOverResponseEntityExceptionHandlerTest.CountController.class },
		properties = "error-envelope.precedence=envelope-first")
@AutoConfigureMockMvc
class EnvelopeFirstOverResponseEntityExceptionHandlerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void methodNotAllowedGetsTheEnvelope() {
		assertThat(this.mvc.delete().uri("/greeting")).hasStatus(405)
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasHeader("Allow", "GET")
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void validationGetsTheEnvelope() {
		assertThat(this.mvc.post().uri("/jobs").contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error.code")
			.isEqualTo("VALIDATION_ERROR");
	}

	@Test
	void typeMismatchGetsTheEnvelope() {
		assertThat(this.mvc.get().uri("/search?limit=abc")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error.details.field")
			.isEqualTo("limit");
	}

	@Test
	void theAdvicesHandlerForASpecificExceptionStillWins() {
		// ProductNotFoundException carries @ErrorCode; the application's own handler for
		// it still answers
		assertThat(this.mvc.get().uri("/products/7")).hasStatus(410).hasBodyTextEqualTo("retired");
	}

	@Test
	void aControllersLocalHandlerForAFrameworkExceptionStillWins() {
		assertThat(this.mvc.get().uri("/count?value=abc")).hasStatus(422).hasBodyTextEqualTo("local: value");
	}

	/**
	 * The application's error handling: Spring's base class plus one handler of its own.
	 */
	@RestControllerAdvice
	static class ApiErrors extends ResponseEntityExceptionHandler {

		@ExceptionHandler
		ResponseEntity<String> retired(ProductNotFoundException exception) {
			return ResponseEntity.status(410).body("retired");
		}

	}

	/** A controller that answers its own type mismatches. */
	@RestController
	static class CountController {

		@GetMapping("/count")
		int count(@RequestParam int value) {
			return value;
		}

		@ExceptionHandler
		ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException exception) {
			return ResponseEntity.status(422).body("local: " + exception.getName());
		}

	}

}
