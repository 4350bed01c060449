package io.github.errorenvelope.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.github.errorenvelope.benchmarks.report.RawData.Generation;
import io.github.errorenvelope.benchmarks.report.RawData.LoadRun;
import io.github.errorenvelope.benchmarks.report.Targets.LoadTarget;
import io.github.errorenvelope.benchmarks.report.Targets.Stack;

/**
 * The numbers the verdicts rest on, computed from the raw data: paired per-round ratios
 * of a target (overall and per JVM generation), the noise row's spread per stack, and how
 * warm the servers were when measuring started.
 */
final class Statistics {

	/**
	 * The ratio of an app to its baseline in one round.
	 *
	 * @param round the round
	 * @param throughput requests per second of the app over those of the baseline
	 * @param p99 the app's p99 latency over the baseline's
	 */
	record RoundRatio(int round, double throughput, double p99) {
	}

	/**
	 * The paired per-round ratios of one target, over the rounds both apps ran.
	 *
	 * @param rounds one ratio per round
	 * @param byGeneration the throughput ratios' spread in each JVM generation that has
	 * rounds
	 */
	record PairedRatios(List<RoundRatio> rounds, List<Spread> byGeneration) {

		Spread throughput() {
			return Spread.of(this.rounds.stream().mapToDouble(RoundRatio::throughput).toArray());
		}

		Spread p99() {
			return Spread.of(this.rounds.stream().mapToDouble(RoundRatio::p99).toArray());
		}

	}

	private final RawData raw;

	Statistics(RawData raw) {
		this.raw = raw;
	}

	RawData raw() {
		return this.raw;
	}

	PairedRatios paired(LoadTarget target) {
		Map<Integer, LoadRun> baseline = this.raw.runs(target.scenario(), target.baseline())
			.stream()
			.collect(Collectors.toMap(LoadRun::round, Function.identity()));
		List<RoundRatio> rounds = this.raw.runs(target.scenario(), target.app())
			.stream()
			.filter((run) -> baseline.containsKey(run.round()))
			.map((run) -> ratio(run, baseline.get(run.round())))
			.toList();
		List<Spread> byGeneration = new ArrayList<>();
		for (Generation generation : this.raw.generations()) {
			Spread spread = Spread.of(rounds.stream()
				.filter((r) -> generation.contains(r.round()))
				.mapToDouble(RoundRatio::throughput)
				.toArray());
			if (!spread.isEmpty()) {
				byGeneration.add(spread);
			}
		}
		return new PairedRatios(rounds, byGeneration);
	}

	/**
	 * How far the noise row of a stack strays from 1.00: a ratio this close to its target
	 * is a coin toss.
	 * @param stack the stack
	 * @return the half-width, 0 when the stack has no measured noise row
	 */
	double noiseHalfWidth(Stack stack) {
		return Targets.LOAD_TARGETS.stream()
			.filter((t) -> t.isNoise() && Targets.stack(t) == stack)
			.map((t) -> paired(t).throughput())
			.findFirst()
			.orElse(Spread.EMPTY)
			.halfWidthAroundOne();
	}

	/**
	 * How warm the servers of a stack were when a generation's first round was measured:
	 * the first round's throughput of every app and scenario over the median of that
	 * generation's rounds. Values well under 1.00 mean the first round met a cold JVM.
	 * @param stack the stack
	 * @return the spread, empty without a generation of two rounds or more
	 */
	Spread firstRoundWarmth(Stack stack) {
		List<Double> ratios = new ArrayList<>();
		for (Generation generation : this.raw.generations()) {
			for (Targets.Scenario scenario : Targets.SCENARIOS) {
				if (scenario.stack() != stack) {
					continue;
				}
				for (String app : Targets.APPS.keySet()) {
					List<LoadRun> runs = this.raw.runs(scenario.key(), app)
						.stream()
						.filter((run) -> generation.contains(run.round()))
						.toList();
					if (runs.size() >= 2) {
						ratios.add(runs.get(0).rps() / median(runs, LoadRun::rps));
					}
				}
			}
		}
		return Spread.of(ratios.stream().mapToDouble(Double::doubleValue).toArray());
	}

	static double median(List<LoadRun> runs, ToDoubleFunction<LoadRun> metric) {
		return Spread.of(runs.stream().mapToDouble(metric).toArray()).median();
	}

	private static RoundRatio ratio(LoadRun run, LoadRun baseline) {
		return new RoundRatio(run.round(), run.rps() / baseline.rps(), run.p99Us() / baseline.p99Us());
	}

}
