package io.github.errorenvelope.openapi;

import java.util.List;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;
import io.github.errorenvelope.RawResponse;
import io.github.errorenvelope.ThrowsErrors;
import io.github.errorenvelope.testapp.SecurityTestConfiguration;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application documented with springdoc: every way an operation's errors are found.
 * Run with the {@code security} profile: {@code /secure/**} needs a user,
 * {@code /admin/**} the ADMIN role.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSecurity
@Import({ OpenApiTestApplication.WidgetController.class, SecurityTestConfiguration.class })
class OpenApiTestApplication {

	record Widget(@NotBlank String name) {
	}

	@ErrorCode(value = "WIDGET_NOT_FOUND", status = HttpStatus.NOT_FOUND)
	static class WidgetNotFoundException extends Exception {

	}

	@ErrorCode(value = "QUOTA_EXCEEDED", status = HttpStatus.TOO_MANY_REQUESTS)
	static class QuotaExceededException extends RuntimeException {

		@ErrorDetail(value = "retry_after", header = "Retry-After")
		private final long retryAfter = 10;

	}

	/** Mapped by properties only. */
	static class LegacyException extends RuntimeException {

	}

	@RestController
	@ThrowsErrors(QuotaExceededException.class)
	static class WidgetController {

		@GetMapping("/widgets/{id}")
		Widget get(@PathVariable long id) throws WidgetNotFoundException {
			throw new WidgetNotFoundException();
		}

		@GetMapping("/widgets")
		List<Widget> search(@RequestParam String q) {
			return List.of();
		}

		@PostMapping("/widgets")
		@ApiResponse(responseCode = "400", description = "Our own words for a bad widget")
		Widget create(@Valid @RequestBody Widget widget) {
			return widget;
		}

		@GetMapping("/secure/widgets")
		List<Widget> secure() {
			return List.of();
		}

		@GetMapping("/admin/widgets")
		List<Widget> admin() {
			return List.of();
		}

		@GetMapping("/widgets/{id}/raw")
		@RawResponse
		Widget raw(@PathVariable String id) {
			return new Widget(id);
		}

		@GetMapping("/widgets/{id}/legacy")
		@ThrowsErrors(LegacyException.class)
		Widget legacy(@PathVariable String id) {
			throw new LegacyException();
		}

	}

}
