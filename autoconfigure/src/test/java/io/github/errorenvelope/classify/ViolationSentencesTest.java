package io.github.errorenvelope.classify;

import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Classification decides a validation error's default message, once. */
class ViolationSentencesTest {

	private static final List<FieldViolation> TWO = List.of(FieldViolation.body("name", "must not be blank"),
			FieldViolation.parameter("limit", "must be at most 100!"));

	@Test
	void joinsEachViolationAsASentenceInRequestOrder() {
		assertThat(ViolationSentences.joined(TWO, 0)).isEqualTo("name: must not be blank. limit: must be at most 100!");
	}

	@Test
	void countsTheViolationsLeftOut() {
		assertThat(ViolationSentences.joined(TWO, 3))
			.isEqualTo("name: must not be blank. limit: must be at most 100! \u2026 and 3 more.");
	}

	@Test
	void noViolationsNoSentence() {
		assertThat(ViolationSentences.joined(List.of(), 2)).isNull();
	}

	@Test
	void defaultMessageIsTheJoinedSentenceWithTheOmittedCountFromTheDetail() {
		ApiError.Builder error = ApiError.builder(400).violations(TWO).detail(ViolationSentences.OMITTED_DETAIL, 1);
		ViolationSentences.complete(error);
		ApiError built = error.build();
		assertThat(built.getMessage()).endsWith("must be at most 100! \u2026 and 1 more.");
		assertThat(built.hasCustomMessage()).isFalse();
	}

	@Test
	void aMessageSomeoneSetStaysAndIsCustom() {
		ApiError.Builder error = ApiError.builder(400).violations(TWO).message("Check the order.");
		ViolationSentences.complete(error);
		assertThat(error.build().getMessage()).isEqualTo("Check the order.");
		assertThat(error.build().hasCustomMessage()).isTrue();
	}

	@Test
	void anErrorWithoutViolationsKeepsNoMessage() {
		ApiError.Builder error = ApiError.builder(404);
		ViolationSentences.complete(error);
		assertThat(error.build().getMessage()).isNull();
	}

}
