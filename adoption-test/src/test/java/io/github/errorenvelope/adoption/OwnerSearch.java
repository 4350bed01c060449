package io.github.errorenvelope.adoption;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * A validated service: bad arguments raise Bean Validation's
 * ConstraintViolationException.
 */
@Service
@Validated
public class OwnerSearch {

	public List<Owner> byLastName(@Size(min = 2, max = 30) String lastName) {
		return List.of(new Owner(1, "George Franklin"));
	}

}
