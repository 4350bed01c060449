package io.github.errorenvelope.benchmarks.jmh;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request body with ten constrained fields, the target of the ten-violation benchmark.
 *
 * @param username login name
 * @param email e-mail address
 * @param password password
 * @param firstName first name
 * @param lastName last name
 * @param age age in years
 * @param street street and number
 * @param city city
 * @param postalCode postal code
 * @param country ISO country code
 */
public record SignupForm(@NotBlank @Size(min = 3, max = 30) String username, @NotBlank @Email String email,
		@NotBlank @Size(min = 12) String password, @NotBlank String firstName, @NotBlank String lastName,
		@NotNull @Min(18) @Max(150) Integer age, @NotBlank String street, @NotBlank String city,
		@Pattern(regexp = "[0-9]{5}") String postalCode, @Pattern(regexp = "[A-Z]{2}") String country) {
}
