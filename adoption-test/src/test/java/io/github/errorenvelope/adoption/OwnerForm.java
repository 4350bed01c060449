package io.github.errorenvelope.adoption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a new owner. */
public record OwnerForm(@NotBlank @Size(max = 30) String name) {

}
