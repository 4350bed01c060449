package io.github.errorenvelope.web;

import java.util.Map;

import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.testapp.ProductNotFoundException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.validation.BindException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which exceptions {@code envelope-first} answers ahead of an application's catch-all.
 */
class FrameworkExceptionsTest {

	private final FrameworkExceptions exceptions = new FrameworkExceptions(
			ExceptionMappings.fromProperties(Map.of("java.util.NoSuchElementException.status", "404")),
			getClass().getClassLoader());

	@Test
	void springMvcSecurityAndBeanValidationExceptions() {
		assertThat(this.exceptions.contains(HttpRequestMethodNotSupportedException.class)).isTrue();
		assertThat(this.exceptions.contains(NoResourceFoundException.class)).isTrue();
		assertThat(this.exceptions.contains(ResponseStatusException.class)).isTrue();
		assertThat(this.exceptions.contains(MethodArgumentNotValidException.class)).isTrue();
		assertThat(this.exceptions.contains(HttpMessageNotReadableException.class)).isTrue();
		assertThat(this.exceptions.contains(MethodArgumentTypeMismatchException.class)).isTrue();
		assertThat(this.exceptions.contains(TypeMismatchException.class)).isTrue();
		assertThat(this.exceptions.contains(BindException.class)).isTrue();
		assertThat(this.exceptions.contains(MethodValidationException.class)).isTrue();
		assertThat(this.exceptions.contains(MaxUploadSizeExceededException.class)).isTrue();
		assertThat(this.exceptions.contains(ConstraintViolationException.class)).isTrue();
		assertThat(this.exceptions.contains(AccessDeniedException.class)).isTrue();
		assertThat(this.exceptions.contains(BadCredentialsException.class)).isTrue();
	}

	@Test
	void exceptionsTheStarterWasToldAbout() {
		assertThat(this.exceptions.contains(ProductNotFoundException.class)).as("@ErrorCode").isTrue();
		assertThat(this.exceptions.contains(java.util.NoSuchElementException.class)).as("mapped by properties")
			.isTrue();
	}

	@Test
	void theApplicationsOtherExceptionsAreLeftToItsHandlers() {
		assertThat(this.exceptions.contains(IllegalStateException.class)).isFalse();
		assertThat(this.exceptions.contains(RuntimeException.class)).isFalse();
		assertThat(this.exceptions.contains(PaymentRequired.class)).isFalse();
	}

	@ResponseStatus(HttpStatus.PAYMENT_REQUIRED)
	static class PaymentRequired extends RuntimeException {

	}

}
