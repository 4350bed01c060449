package io.github.errorenvelope.benchmarks.jmh;

import java.lang.reflect.Method;

import jakarta.validation.Valid;

import io.github.errorenvelope.benchmarks.app.OrderNotFoundException;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The exceptions the microbenchmarks classify: a coded domain error ({@code @ErrorCode}
 * with one {@code @ErrorDetail}, the same class the HTTP apps throw) and a real
 * {@link MethodArgumentNotValidException} for a {@code @Valid @RequestBody} with ten
 * field errors.
 */
public final class Fixtures {

	/** How many field errors {@link #tenViolations()} carries. */
	public static final int VIOLATIONS = 10;

	private Fixtures() {
	}

	/**
	 * The coded 404 of the HTTP scenarios.
	 * @return a new exception
	 */
	public static OrderNotFoundException codedError() {
		return new OrderNotFoundException("404");
	}

	/**
	 * A validation failure of a signup body with ten invalid fields, reported in a
	 * shuffled order (as Bean Validation does), each with the codes Spring's
	 * message-codes resolver would give it.
	 * @return a new exception
	 */
	public static MethodArgumentNotValidException tenViolations() {
		SignupForm form = new SignupForm("", "not-an-email", "short", "", "", 12, "", "", "ABCDE", "germany");
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "signupForm");
		add(result, "country", "germany", "Pattern", "must match \"[A-Z]{2}\"");
		add(result, "email", "not-an-email", "Email", "must be a well-formed email address");
		add(result, "age", 12, "Min", "must be greater than or equal to 18");
		add(result, "username", "", "NotBlank", "must not be blank");
		add(result, "postalCode", "ABCDE", "Pattern", "must match \"[0-9]{5}\"");
		add(result, "lastName", "", "NotBlank", "must not be blank");
		add(result, "password", "short", "Size", "size must be between 12 and 2147483647");
		add(result, "street", "", "NotBlank", "must not be blank");
		add(result, "firstName", "", "NotBlank", "must not be blank");
		add(result, "city", "", "NotBlank", "must not be blank");
		return new MethodArgumentNotValidException(bodyParameter(), result);
	}

	private static void add(BeanPropertyBindingResult result, String field, Object rejected, String constraint,
			String message) {
		String[] codes = { constraint + ".signupForm." + field, constraint + "." + field,
				constraint + "." + rejected.getClass().getName(), constraint };
		result.addError(new FieldError("signupForm", field, rejected, false, codes, null, message));
	}

	private static MethodParameter bodyParameter() {
		try {
			Method signup = SignupEndpoint.class.getMethod("signup", SignupForm.class);
			return new MethodParameter(signup, 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A handler method signature to hang the {@code @Valid @RequestBody} parameter on.
	 */
	public static final class SignupEndpoint {

		/**
		 * The endpoint whose body failed validation.
		 * @param form the body
		 */
		public void signup(@Valid @RequestBody SignupForm form) {
		}

	}

}
