package io.github.errorenvelope.sample.reactive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /orders}. JSON names are snake_case (the app's naming
 * strategy), and {@code accessKey} is named explicitly with {@code @JsonProperty}.
 */
public record CreateOrderRequest(@NotBlank @Size(max = 50) String customerName, @NotNull @Valid Parameters parameters,
		@NotEmpty List<@Valid Item> items) {

	public record Parameters(@NotNull @Valid Credentials credentials) {
	}

	public record Credentials(@NotBlank @Size(max = 128) @JsonProperty("access_key") String accessKey) {
	}

	public record Item(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(1000) Integer quantity) {
	}

}
