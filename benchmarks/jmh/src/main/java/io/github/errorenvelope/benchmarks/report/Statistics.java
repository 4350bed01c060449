package io.github.errorenvelope.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import io.github.errorenvelope.benchmarks.report.RawData.Generation;
import io.github.errorenvelope.benchmarks.report.RawData.LoadRun;
import io.github.errorenvelope.benchmarks.report.Targets.LoadTarget;
import io.github.errorenvelope.benchmarks.report.Targets.Stack;
import org.jspecify.annotations.Nullable;

/**
 * The numbers the verdicts rest on, computed from the raw data: paired per-round ratios
 * of a target (overall, per JVM generation, and the median's interval over resampled
 * generations), the noise row's spread per stack, and how warm the servers were when
 * measuring started.
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
	 * Where the median throughput ratio would fall in 95 of 100 repetitions of the
	 * measurement, estimated by resampling whole JVM generations.
	 *
	 * @param low the lower bound
	 * @param high the upper bound
	 */
	record Interval(double low, double high) {

		boolean contains(double value) {
			return value >= this.low && value <= this.high;
		}

	}

	/**
	 * The paired per-round ratios of one target, over the rounds both apps ran.
	 *
	 * @param rounds one ratio per round
	 * @param byGeneration the throughput ratios' spread in each JVM generation that has
	 * rounds
	 * @param medianInterval the median throughput ratio's 95 % interval, null with fewer
	 * than {@link #MIN_GENERATIONS_FOR_INTERVAL} generations
	 */
	record PairedRatios(List<RoundRatio> rounds, List<Spread> byGeneration, @Nullable Interval medianInterval) {

		Spread throughput() {
			return Spread.of(this.rounds.stream().mapToDouble(RoundRatio::throughput).toArray());
		}

		Spread p99() {
			return Spread.of(this.rounds.stream().mapToDouble(RoundRatio::p99).toArray());
		}

	}

	/**
	 * Generations a target's rounds need before their median gets an interval: resampling
	 * two or three generations says nothing.
	 */
	static final int MIN_GENERATIONS_FOR_INTERVAL = 8;

	private static final int RESAMPLES = 2000;

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
		List<double[]> generations = new ArrayList<>();
		for (Generation generation : this.raw.generations()) {
			double[] ratios = rounds.stream()
				.filter((r) -> generation.contains(target.scenario(), r.round()))
				.mapToDouble(RoundRatio::throughput)
				.toArray();
			if (ratios.length > 0) {
				generations.add(ratios);
			}
		}
		List<Spread> byGeneration = generations.stream().map(Spread::of).toList();
		return new PairedRatios(rounds, byGeneration, medianInterval(generations));
	}

	/**
	 * The median's 95 % interval from a bootstrap over whole generations: each JVM
	 * generation is one JIT outcome, so its rounds move together and resampling single
	 * rounds would make the interval too narrow. A fixed seed keeps the report the same
	 * for the same raw file.
	 */
	private static @Nullable Interval medianInterval(List<double[]> generations) {
		if (generations.size() < MIN_GENERATIONS_FOR_INTERVAL) {
			return null;
		}
		SplittableRandom random = new SplittableRandom(17);
		double[] medians = new double[RESAMPLES];
		for (int i = 0; i < RESAMPLES; i++) {
			List<double[]> drawn = new ArrayList<>(generations.size());
			for (int g = 0; g < generations.size(); g++) {
				drawn.add(generations.get(random.nextInt(generations.size())));
			}
			medians[i] = Spread.of(drawn.stream().flatMapToDouble(DoubleStream::of).toArray()).median();
		}
		Arrays.sort(medians);
		return new Interval(medians[(int) (RESAMPLES * 0.025)], medians[(int) (RESAMPLES * 0.975) - 1]);
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
						.filter((run) -> generation.contains(scenario.key(), run.round()))
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
