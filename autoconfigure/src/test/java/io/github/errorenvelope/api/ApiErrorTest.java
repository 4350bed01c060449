package io.github.errorenvelope.api;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** An ApiError is a value: a builder reused after build() never changes what it built. */
class ApiErrorTest {

	@Test
	void anErrorWithoutMembersHasEmptyCollections() {
		ApiError error = ApiError.builder(404).code("NOT_FOUND").build();
		assertThat(error.getViolations()).isEmpty();
		assertThat(error.getDetails()).isEmpty();
		assertThat(error.getHeaders()).isEmpty();
	}

	@Test
	void reusingTheBuilderLeavesTheBuiltErrorAsItWas() {
		ApiError.Builder builder = ApiError.builder(400)
			.violation(FieldViolation.body("name", "must not be blank"))
			.detail("a", 1)
			.header("Retry-After", "5");
		ApiError first = builder.build();
		builder.violation(FieldViolation.body("age", "must be positive"))
			.detail("a", null)
			.detail("b", 2)
			.header("Retry-After", null);
		ApiError second = builder.build();
		assertThat(first.getViolations()).extracting(FieldViolation::field).containsExactly("name");
		assertThat(first.getDetails()).containsExactly(org.assertj.core.api.Assertions.entry("a", 1));
		assertThat(first.getHeaders()).containsEntry("Retry-After", "5");
		assertThat(second.getViolations()).extracting(FieldViolation::field).containsExactly("name", "age");
		assertThat(second.getDetails()).containsOnlyKeys("b");
		assertThat(second.getHeaders()).isEmpty();
	}

	@Test
	void theBuiltCollectionsAndTheBuildersViewsAreReadOnly() {
		ApiError.Builder builder = ApiError.builder(400).detail("a", 1);
		ApiError error = builder.build();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> error.getDetails().put("b", 2));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> builder.getDetails().put("b", 2));
	}

	@Test
	void toBuilderCopiesAndKeepsWhetherTheMessageWasChosen() {
		ApiError chosen = ApiError.builder(409).message("Taken.").detail("id", "7").build();
		ApiError copy = chosen.toBuilder().detail("id", "8").build();
		assertThat(chosen.getDetails()).containsEntry("id", "7");
		assertThat(copy.getDetails()).containsEntry("id", "8");
		assertThat(copy.hasCustomMessage()).isTrue();
		ApiError defaulted = ApiError.builder(400).defaultMessage("x: is invalid.").build();
		assertThat(defaulted.toBuilder().build().hasCustomMessage()).isFalse();
	}

}
