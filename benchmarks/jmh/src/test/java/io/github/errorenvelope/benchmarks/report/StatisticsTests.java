package io.github.errorenvelope.benchmarks.report;

import java.util.Set;

import io.github.errorenvelope.benchmarks.report.Statistics.PairedRatios;
import io.github.errorenvelope.benchmarks.report.Statistics.RoundRatio;
import io.github.errorenvelope.benchmarks.report.Targets.LoadTarget;
import io.github.errorenvelope.benchmarks.report.Targets.Stack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticsTests {

	private static final LoadTarget SUCCESS = new LoadTarget("success", "envelope", "plain", 0.98, 1.05, "success");

	private static final LoadTarget REACTIVE_SUCCESS = new LoadTarget("rsuccess", "reactive-envelope", "reactive-plain",
			0.98, 1.05, "success");

	@Test
	void ratiosArePairedRoundByRoundOverTheRoundsBothAppsRan() {
		RawData raw = new RawLines().load(1, "success", "plain", 1000, 10_000)
			.load(1, "success", "envelope", 900, 12_000)
			.load(2, "success", "plain", 2000, 10_000)
			.load(2, "success", "envelope", 2200, 5_000)
			.load(3, "success", "envelope", 5000, 5_000)
			.parse();
		PairedRatios ratios = new Statistics(raw).paired(SUCCESS);
		assertThat(ratios.rounds()).containsExactly(new RoundRatio(1, 0.9, 1.2), new RoundRatio(2, 1.1, 0.5));
		assertThat(ratios.throughput().median()).isCloseTo(1.0, within(1e-9));
		assertThat(ratios.p99().median()).isCloseTo(0.85, within(1e-9));
	}

	@Test
	void eachJvmGenerationGetsItsOwnMedian() {
		RawData raw = new RawLines().generation(1, 1, 2)
			.generation(2, 3, 4)
			.rounds("success", "plain", 1000, 1000, 1000, 1000)
			.rounds("success", "envelope", 900, 1000, 1200, 1200)
			.parse();
		assertThat(new Statistics(raw).paired(SUCCESS).byGeneration()).extracting(Spread::median)
			.containsExactly(0.95, 1.2);
	}

	@Test
	void aFileWithoutGenerationRowsIsOneGenerationOverEveryRound() {
		RawData raw = new RawLines().rounds("success", "plain", 1, 1, 1).parse();
		assertThat(raw.generations()).containsExactly(new RawData.Generation(1, 1, 3, Set.of()));
	}

	@Test
	void aGenerationThatNamesItsScenariosGroupsTheirRoundsOnly() {
		// a run of rsuccess alone kept the MVC rows of an earlier run, with that run's
		// generations: the same round numbers, other JVMs
		RawData raw = new RawLines().add("generation\t1\t1\t2\trsuccess")
			.add("generation\t2\t3\t4\trsuccess")
			.add("generation\t1\t1\t3\tsuccess coded404")
			.add("generation\t2\t4\t4\tsuccess coded404")
			.rounds("success", "plain", 1000, 1000, 1000, 1000)
			.rounds("success", "envelope", 900, 1000, 1100, 1200)
			.rounds("rsuccess", "reactive-plain", 1000, 1000, 1000, 1000)
			.rounds("rsuccess", "reactive-envelope", 900, 1000, 1100, 1200)
			.parse();
		Statistics statistics = new Statistics(raw);
		assertThat(statistics.paired(SUCCESS).byGeneration()).extracting(Spread::median).containsExactly(1.0, 1.2);
		assertThat(statistics.paired(REACTIVE_SUCCESS).byGeneration()).extracting(Spread::median)
			.containsExactly(0.95, 1.15);
	}

	@Test
	void aGenerationWithoutScenariosServedEveryScenario() {
		RawData raw = new RawLines().add("generation\t1\t1\t2\t").parse();
		assertThat(raw.generations().get(0).contains("rsuccess", 2)).isTrue();
		assertThat(raw.generations().get(0).contains("success", 3)).isFalse();
	}

	@Test
	void theMedianIntervalResamplesWholeGenerationsAndBracketsTheMedian() {
		RawLines lines = new RawLines();
		double[] ratios = { 0.90, 0.94, 0.96, 0.98, 1.00, 1.02, 1.04, 1.08, 1.10, 0.92 };
		for (int g = 0; g < ratios.length; g++) {
			lines.generation(g + 1, g + 1, g + 1)
				.load(g + 1, "success", "plain", 1000, 10_000)
				.load(g + 1, "success", "envelope", 1000 * ratios[g], 10_000);
		}
		PairedRatios paired = new Statistics(lines.parse()).paired(SUCCESS);
		Statistics.Interval interval = paired.medianInterval();
		assertThat(interval).isNotNull();
		assertThat(interval.low()).isLessThan(paired.throughput().median()).isGreaterThanOrEqualTo(0.90);
		assertThat(interval.high()).isGreaterThan(paired.throughput().median()).isLessThanOrEqualTo(1.10);
		assertThat(new Statistics(lines.parse()).paired(SUCCESS).medianInterval()).isEqualTo(interval);
	}

	@Test
	void eachStackIsJudgedAgainstItsOwnNoiseRow() {
		RawData raw = new RawLines().rounds("success", "plain", 1000, 1000, 1000)
			.rounds("success", "plain-twin", 950, 1000, 1020)
			.rounds("rsuccess", "reactive-plain", 1000, 1000)
			.rounds("rsuccess", "reactive-plain-twin", 1100, 980)
			.parse();
		Statistics statistics = new Statistics(raw);
		assertThat(statistics.noiseHalfWidth(Stack.MVC)).isCloseTo(0.05, within(1e-9));
		assertThat(statistics.noiseHalfWidth(Stack.REACTIVE)).isCloseTo(0.10, within(1e-9));
	}

	@Test
	void aStackWithoutANoiseRowHasNoNoise() {
		RawData raw = new RawLines().rounds("success", "plain", 1000).parse();
		assertThat(new Statistics(raw).noiseHalfWidth(Stack.REACTIVE)).isZero();
	}

	@Test
	void firstRoundWarmthComparesEachGenerationsFirstRoundWithItsMedian() {
		RawData raw = new RawLines().generation(1, 1, 3)
			.generation(2, 4, 6)
			.rounds("rcoded404", "reactive-envelope", 500, 1000, 1000, 1000, 1000, 1000)
			.parse();
		Spread warmth = new Statistics(raw).firstRoundWarmth(Stack.REACTIVE);
		assertThat(warmth.n()).isEqualTo(2);
		assertThat(warmth.min()).isEqualTo(0.5);
		assertThat(warmth.max()).isEqualTo(1.0);
		assertThat(new Statistics(raw).firstRoundWarmth(Stack.MVC).isEmpty()).isTrue();
	}

}
