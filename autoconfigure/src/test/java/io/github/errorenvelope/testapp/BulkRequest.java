package io.github.errorenvelope.testapp;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A body with a list that a client can make invalid thousands of times over. */
public record BulkRequest(@Size(max = 20) String label, List<@Valid Line> lines) {

	public record Line(@Min(value = 1, message = "must be greater than 0") int quantity) {
	}

}
