package io.github.errorenvelope.benchmarks.report;

import java.util.function.Predicate;

import io.github.errorenvelope.benchmarks.report.Targets.LoadTarget;
import io.github.errorenvelope.benchmarks.report.Verdicts.LoadVerdict;
import io.github.errorenvelope.benchmarks.report.Verdicts.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class VerdictsTests {

	private static final LoadTarget CODED_404 = new LoadTarget("rcoded404", "reactive-envelope",
			"reactive-problemdetail", 1.1, Targets.ANY_P99, "coded 404");

	private static final LoadTarget SUCCESS = new LoadTarget("rsuccess", "reactive-envelope", "reactive-plain", 0.98,
			1.05, "success");

	@Test
	void metInEveryRoundWhenNoRoundFallsShort() {
		LoadVerdict verdict = judge(CODED_404, new RawLines().rounds("rcoded404", "reactive-problemdetail", 100, 100)
			.rounds("rcoded404", "reactive-envelope", 120, 115));
		assertThat(verdict.outcome()).isEqualTo(Outcome.MET_EVERY_ROUND);
		assertThat(verdict.withinNoise()).isFalse();
		assertThat(verdict.generationsDisagree()).isFalse();
	}

	@Test
	void metOnTheMedianWhenSomeRoundsFallShort() {
		LoadVerdict verdict = judge(CODED_404,
				new RawLines().rounds("rcoded404", "reactive-problemdetail", 100, 100, 100)
					.rounds("rcoded404", "reactive-envelope", 105, 120, 125));
		assertThat(verdict.outcome()).isEqualTo(Outcome.MET_ON_MEDIAN);
	}

	@Test
	void missedWhenTheMedianFallsShort() {
		LoadVerdict verdict = judge(CODED_404,
				new RawLines().rounds("rcoded404", "reactive-problemdetail", 100, 100, 100)
					.rounds("rcoded404", "reactive-envelope", 105, 108, 125));
		assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
	}

	@Test
	void missedWhenThroughputIsMetButTheP99RuleIsNot() {
		LoadVerdict verdict = judge(SUCCESS, new RawLines().load(1, "rsuccess", "reactive-plain", 1000, 10_000)
			.load(1, "rsuccess", "reactive-envelope", 1000, 11_000));
		assertThat(verdict.ratios().throughput().median()).isEqualTo(1.0);
		assertThat(verdict.outcome()).isEqualTo(Outcome.MISSED);
	}

	@Test
	void aMedianWithinTheNoiseRowOfTheThresholdIsFlagged() {
		LoadVerdict verdict = judge(SUCCESS,
				new RawLines().rounds("rsuccess", "reactive-plain", 1000, 1000)
					.rounds("rsuccess", "reactive-plain-twin", 1030, 1000)
					.rounds("rsuccess", "reactive-envelope", 1000, 1000));
		assertThat(verdict.outcome()).isEqualTo(Outcome.MET_EVERY_ROUND);
		assertThat(verdict.noise()).isEqualTo(0.03, within(1e-9));
		assertThat(verdict.withinNoise()).isTrue();
	}

	@Test
	void generationsThatReachDifferentVerdictsAreFlagged() {
		LoadVerdict verdict = judge(CODED_404,
				new RawLines().generation(1, 1, 2)
					.generation(2, 3, 4)
					.rounds("rcoded404", "reactive-problemdetail", 100, 100, 100, 100)
					.rounds("rcoded404", "reactive-envelope", 100, 105, 130, 140));
		assertThat(verdict.generationsDisagree()).isTrue();
	}

	@Test
	void theNoiseRowIsShownNotJudged() {
		LoadTarget noise = row("rsuccess", LoadTarget::isNoise);
		LoadVerdict verdict = judge(noise, new RawLines().rounds("rsuccess", "reactive-plain", 1000)
			.rounds("rsuccess", "reactive-plain-twin", 700));
		assertThat(verdict.outcome()).isEqualTo(Outcome.NOISE);
	}

	@Test
	void anInformationalRowIsShownNotJudged() {
		LoadTarget bytes = row("rentity404", LoadTarget::isInformational);
		LoadVerdict verdict = judge(bytes, new RawLines().rounds("rentity404", "reactive-plain", 1000, 1000)
			.rounds("rentity404", "reactive-envelope", 700, 720));
		assertThat(verdict.outcome()).isEqualTo(Outcome.INFORMATIONAL);
		assertThat(verdict.ratios().throughput().median()).isEqualTo(0.71, within(1e-9));
		assertThat(verdict.withinNoise()).isFalse();
		assertThat(verdict.generationsDisagree()).isFalse();
	}

	@Test
	void theResponseEntity404TargetsCompareAgainstTheSameEnvelopeWrittenByHand() {
		assertThat(Targets.LOAD_TARGETS).filteredOn((t) -> t.scenario().endsWith("entity404"))
			.extracting(LoadTarget::scenario, LoadTarget::baseline, LoadTarget::isJudged)
			.containsExactly(tuple("entity404", "plain-handwritten", true), tuple("entity404", "plain", false),
					tuple("rentity404", "reactive-plain-handwritten", true),
					tuple("rentity404", "reactive-plain", false));
		assertThat(Targets.APPS).containsKeys("plain-handwritten", "reactive-plain-handwritten");
	}

	@Test
	void informationalRowsAreNotNoiseRows() {
		assertThat(Targets.LOAD_TARGETS).filteredOn(LoadTarget::isInformational)
			.hasSize(2)
			.noneMatch(LoadTarget::isNoise)
			.noneMatch(LoadTarget::isJudged);
		assertThat(Targets.LOAD_TARGETS).filteredOn(LoadTarget::isNoise)
			.extracting(LoadTarget::scenario)
			.containsExactly("success", "rsuccess");
	}

	@Test
	void aTargetWithoutPairedRoundsIsNotMeasured() {
		LoadVerdict verdict = judge(CODED_404, new RawLines().rounds("rcoded404", "reactive-envelope", 100));
		assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MEASURED);
	}

	@Test
	void jmhTargetsAreMetOnlyWhenEveryStyleStaysUnderBothLimits() {
		Targets.JmhTarget coded = Targets.JMH_TARGETS.get(0);
		RawData fast = new RawLines().add("jmh\t" + coded.benchmark() + "\tflat\tns_per_op\t800\t20")
			.add("jmh\t" + coded.benchmark() + "\tflat\tgc.alloc.rate.norm\t900\t1")
			.parse();
		RawData heavy = new RawLines().add("jmh\t" + coded.benchmark() + "\tflat\tns_per_op\t800\t20")
			.add("jmh\t" + coded.benchmark() + "\tflat\tgc.alloc.rate.norm\t2900\t1")
			.parse();
		assertThat(Verdicts.judge(coded, fast).met()).isTrue();
		assertThat(Verdicts.judge(coded, heavy).met()).isFalse();
		assertThat(Verdicts.judge(coded, new RawLines().parse()).slowest()).isNull();
	}

	private static LoadTarget row(String scenario, Predicate<LoadTarget> kind) {
		return Targets.LOAD_TARGETS.stream()
			.filter((t) -> kind.test(t) && t.scenario().equals(scenario))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aVerdictWhoseMedianIntervalHoldsTheThresholdIsUndecided() {
		// eight generations of two rounds: four slower JVMs, four faster ones
		LoadVerdict verdict = judge(SUCCESS, generations(0.95, 0.96, 0.97, 0.975, 0.985, 0.99, 1.0, 1.01));
		assertThat(verdict.outcome()).isEqualTo(Outcome.MET_ON_MEDIAN);
		assertThat(verdict.ratios().medianInterval()).isNotNull();
		assertThat(verdict.undecided()).isTrue();
	}

	@Test
	void aVerdictWhoseMedianIntervalClearsTheThresholdIsDecided() {
		LoadVerdict verdict = judge(SUCCESS, generations(1.02, 1.03, 1.04, 1.05, 1.03, 1.04, 1.02, 1.06));
		assertThat(verdict.outcome()).isEqualTo(Outcome.MET_EVERY_ROUND);
		assertThat(verdict.ratios().medianInterval().low()).isGreaterThan(0.98);
		assertThat(verdict.undecided()).isFalse();
	}

	@Test
	void fewerThanEightGenerationsGetNoInterval() {
		LoadVerdict verdict = judge(SUCCESS, generations(0.95, 0.96, 0.97, 0.99, 1.0, 1.01, 1.02));
		assertThat(verdict.ratios().medianInterval()).isNull();
		assertThat(verdict.undecided()).isFalse();
	}

	/**
	 * One generation of two rounds per ratio, the envelope at that ratio of the plain app
	 * in both.
	 */
	private static RawLines generations(double... ratios) {
		RawLines lines = new RawLines();
		for (int g = 0; g < ratios.length; g++) {
			int first = 2 * g + 1;
			lines.generation(g + 1, first, first + 1);
			for (int round = first; round <= first + 1; round++) {
				lines.load(round, "rsuccess", "reactive-plain", 1000, 10_000)
					.load(round, "rsuccess", "reactive-envelope", 1000 * ratios[g], 10_000);
			}
		}
		return lines;
	}

	private static LoadVerdict judge(LoadTarget target, RawLines lines) {
		return Verdicts.judge(target, new Statistics(lines.parse()));
	}

}
