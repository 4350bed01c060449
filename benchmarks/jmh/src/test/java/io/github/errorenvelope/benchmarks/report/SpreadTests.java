package io.github.errorenvelope.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpreadTests {

	@Test
	void medianOfAnOddCountIsTheMiddleValue() {
		assertThat(Spread.of(3, 1, 2)).isEqualTo(new Spread(2, 1, 3, 3));
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(Spread.of(4, 1, 3, 2).median()).isEqualTo(2.5);
	}

	@Test
	void anEmptySampleHasNoMedianAndNoWidth() {
		Spread empty = Spread.of();
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.median()).isNaN();
		assertThat(empty.halfWidthAroundOne()).isZero();
	}

	@Test
	void halfWidthAroundOneIsTheFartherEnd() {
		assertThat(Spread.of(0.90, 1.05).halfWidthAroundOne()).isCloseTo(0.10, within(1e-9));
		assertThat(Spread.of(0.98, 1.20).halfWidthAroundOne()).isCloseTo(0.20, within(1e-9));
	}

}
