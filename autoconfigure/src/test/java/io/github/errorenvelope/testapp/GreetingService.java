package io.github.errorenvelope.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * A {@code @Validated} service: its parameter constraints throw
 * {@code ConstraintViolationException}.
 */
@Service
@Validated
public class GreetingService {

	public String greet(@NotBlank String name, @Min(1) int times) {
		return (name + " ").repeat(times);
	}

}
