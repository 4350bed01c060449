package io.github.errorenvelope.web;

import io.github.errorenvelope.autoconfigure.EnvelopeAutoConfigurations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup warning about application handlers that answer framework errors before the
 * envelope: one WARN line naming them, for each kind of catch-all, silenced by a
 * property, and quiet when there is nothing to say.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShadowingHandlersReportTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet())
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class));

	private static String warning(CapturedOutput output) {
		return output.getOut()
			.lines()
			.filter(line -> line.contains("WARN") && line.contains("Error Envelope:"))
			.reduce((first, second) -> first + "\n" + second)
			.orElse("");
	}

	@Test
	void exceptionCatchAllInAnAdvice(CapturedOutput output) {
		this.runner.withUserConfiguration(CatchAllAdvice.class).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(warning(output)).hasLineCount(1)
				.contains("CatchAllAdvice.everything(Exception)")
				.contains("error-envelope.precedence=envelope-first")
				.contains("\"Adopting in an existing service\"")
				.contains("error-envelope.adoption.warn-shadowing=false");
		});
	}

	@Test
	void throwableCatchAllLocalToAController(CapturedOutput output) {
		this.runner.withUserConfiguration(ControllerWithLocalCatchAll.class)
			.run(context -> assertThat(warning(output)).hasLineCount(1)
				.contains("ControllerWithLocalCatchAll.anything(Throwable)"));
	}

	@Test
	void responseEntityExceptionHandlerSubclass(CapturedOutput output) {
		this.runner.withUserConfiguration(ApiErrors.class)
			.run(context -> assertThat(warning(output)).hasLineCount(1)
				.contains("ApiErrors (a ResponseEntityExceptionHandler)"));
	}

	@Test
	void springBootsProblemDetailsAdvice(CapturedOutput output) {
		this.runner.withPropertyValues("spring.mvc.problemdetails.enabled=true")
			.run(context -> assertThat(warning(output)).hasLineCount(1)
				.contains("ProblemDetailsExceptionHandler (a ResponseEntityExceptionHandler, as "
						+ "spring.mvc.problemdetails.enabled=true registers)"));
	}

	@Test
	void severalAreNamedOnOneLine(CapturedOutput output) {
		this.runner.withUserConfiguration(CatchAllAdvice.class, ApiErrors.class)
			.run(context -> assertThat(warning(output)).hasLineCount(1)
				.contains("CatchAllAdvice.everything(Exception)")
				.contains("ApiErrors (a ResponseEntityExceptionHandler)")
				.contains(" answer "));
	}

	@Test
	void silencedByProperty(CapturedOutput output) {
		this.runner.withUserConfiguration(CatchAllAdvice.class)
			.withPropertyValues("error-envelope.adoption.warn-shadowing=false")
			.run(context -> {
				assertThat(context).doesNotHaveBean(ShadowingHandlersReport.class);
				assertThat(warning(output)).isEmpty();
			});
	}

	@Test
	void quietUnderEnvelopeFirst(CapturedOutput output) {
		this.runner.withUserConfiguration(CatchAllAdvice.class)
			.withPropertyValues("error-envelope.precedence=envelope-first")
			.run(context -> assertThat(warning(output)).isEmpty());
	}

	@Test
	void quietWhenEveryHandlerIsSpecific(CapturedOutput output) {
		this.runner.withUserConfiguration(SpecificAdvice.class).run(context -> {
			assertThat(context).hasSingleBean(SpecificAdvice.class);
			assertThat(warning(output)).isEmpty();
		});
	}

	@RestControllerAdvice
	static class CatchAllAdvice {

		@ExceptionHandler(Exception.class)
		ResponseEntity<String> everything(Exception exception) {
			return ResponseEntity.internalServerError().body("oops");
		}

	}

	@RestControllerAdvice
	static class SpecificAdvice {

		@ExceptionHandler
		ResponseEntity<String> illegalState(IllegalStateException exception) {
			return ResponseEntity.status(409).body("conflict");
		}

	}

	@RestControllerAdvice
	static class ApiErrors extends ResponseEntityExceptionHandler {

	}

	@RestController
	static class ControllerWithLocalCatchAll {

		@GetMapping("/local")
		String local() {
			return "local";
		}

		@ExceptionHandler
		ResponseEntity<String> anything(Throwable failure) {
			return ResponseEntity.internalServerError().body("oops");
		}

	}

}
