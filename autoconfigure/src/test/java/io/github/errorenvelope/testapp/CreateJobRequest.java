package io.github.errorenvelope.testapp;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A body with the nesting of the reference documents' validation example. */
public record CreateJobRequest(@Size(max = 50, message = "ensure this value has at most 50 characters") String name,
		@NotNull(message = "field required") @Valid Parameters parameters, List<@Valid Item> items) {

	public record Parameters(@NotNull(message = "field required") @Valid Credentials credentials) {
	}

	public record Credentials(@NotBlank(message = "field required") @JsonProperty("access_key") String accessKey) {
	}

	public record Item(@NotNull @Min(value = 1, message = "must be greater than 0") Integer quantity) {
	}

}
