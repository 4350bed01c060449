package io.github.errorenvelope.classify;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.FieldViolation;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table per built-in mapper: an exception in; the status, canonical code and field
 * violations out — below the HTTP matrices, at the level of the mapper itself.
 */
class ErrorMappersTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	/** Java paths are the JSON names here: no Jackson naming strategy in play. */
	private static final BodyFieldNames SAME_NAMES = (rootType, javaPath) -> javaPath;

	/**
	 * One row of the table.
	 *
	 * @param name what the row shows
	 * @param mapper the mapper under test
	 * @param exception what it is given
	 * @param status the status it must decide
	 * @param code the canonical code it must decide
	 * @param violationFields the fields of the violations it must report (their order is
	 * the path matrices' concern: a bare {@code ConstraintViolationException} names no
	 * root type to order by)
	 */
	record Row(String name, ErrorMapper mapper, Throwable exception, int status, String code,
			List<String> violationFields) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Row> rows() {
		return Stream.of(
				new Row("missing query parameter", new MissingParameterMapper(),
						new MissingServletRequestParameterException("limit", "int"), 400, ErrorCodes.MISSING_PARAMETER,
						List.of("limit")),
				new Row("missing header", new MissingParameterMapper(),
						new MissingRequestHeaderException("X-Tenant", null), 400, ErrorCodes.MISSING_PARAMETER,
						List.of("X-Tenant")),
				new Row("type mismatch", new TypeMismatchMapper(), typeMismatch(), 400, ErrorCodes.VALIDATION_ERROR,
						List.of("limit")),
				new Row("binding errors", new BindingResultMapper(SAME_NAMES), bindingErrors(), 400,
						ErrorCodes.VALIDATION_ERROR, List.of("name")),
				new Row("constraint violations", new ConstraintViolationMapper(), constraintViolations(), 400,
						ErrorCodes.VALIDATION_ERROR, List.of("count", "name")),
				new Row("unreadable body", new MessageNotReadableMapper(List.of()),
						new HttpMessageNotReadableException("broken", new MockHttpInputMessage(new byte[0])), 400,
						ErrorCodes.MALFORMED_REQUEST, List.of()),
				new Row("no handler", new FrameworkStatusMapper(),
						new NoResourceFoundException(HttpMethod.GET, "/x", null), 404, ErrorCodes.NOT_FOUND, List.of()),
				new Row("wrong method", new FrameworkStatusMapper(),
						new HttpRequestMethodNotSupportedException("DELETE", List.of("GET")), 405,
						ErrorCodes.METHOD_NOT_ALLOWED, List.of()),
				new Row("unsupported media type", new FrameworkStatusMapper(),
						new HttpMediaTypeNotSupportedException("text/plain"), 415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
						List.of()),
				new Row("access denied", new SecurityExceptionMapper(), new AccessDeniedException("no"), 403,
						ErrorCodes.FORBIDDEN, List.of()),
				new Row("bad credentials", new SecurityExceptionMapper(), new BadCredentialsException("no"), 401,
						ErrorCodes.UNAUTHORIZED, List.of()),
				new Row("ResponseStatusException", new SpringContractMapper(),
						new ResponseStatusException(HttpStatus.GONE), 410, "GONE", List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void mapsTheExceptionToItsStatusCodeAndViolations(Row row) {
		ApiError.Builder mapped = row.mapper().map(row.exception());
		assertThat(mapped).as("the mapper takes this exception").isNotNull();
		ApiError error = mapped.build();
		assertThat(error.getStatus()).as("status").isEqualTo(row.status());
		assertThat(error.getCode()).as("code").isEqualTo(row.code());
		assertThat(error.getViolations()).extracting(FieldViolation::field)
			.as("violation fields")
			.containsExactlyInAnyOrderElementsOf(row.violationFields());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void leavesOtherExceptionsToTheNextMapper(Row row) {
		assertThat(row.mapper().map(new IllegalStateException("not a web failure"))).isNull();
	}

	private static TypeMismatchException typeMismatch() {
		TypeMismatchException mismatch = new TypeMismatchException("abc", Integer.class);
		mismatch.initPropertyName("limit");
		return mismatch;
	}

	private static BindException bindingErrors() {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Job(""), "job");
		errors.rejectValue("name", "NotBlank", "must not be blank");
		return new BindException(errors);
	}

	private static ConstraintViolationException constraintViolations() {
		Set<? extends jakarta.validation.ConstraintViolation<?>> violations = VALIDATOR.validate(new Job(""));
		return new ConstraintViolationException(violations);
	}

	/** A validated object with two broken fields. */
	static class Job {

		@NotBlank
		private final String name;

		@Min(1)
		private final int count = 0;

		Job(String name) {
			this.name = name;
		}

		public String getName() {
			return this.name;
		}

		public int getCount() {
			return this.count;
		}

	}

}
