package io.github.errorenvelope.benchmarks.report;

import java.util.List;

import io.github.errorenvelope.benchmarks.report.RawData.JmhScore;
import io.github.errorenvelope.benchmarks.report.Statistics.PairedRatios;
import io.github.errorenvelope.benchmarks.report.Targets.JmhTarget;
import io.github.errorenvelope.benchmarks.report.Targets.LoadTarget;

/**
 * Judges every target on the statistics: a load target is met when the median paired
 * throughput ratio reaches its threshold (and the median p99 ratio stays within its
 * rule), in every round or only on the median; it is flagged when it sits within the
 * noise row's spread of the threshold, when the JVM generations reach different verdicts,
 * or when the median's interval over the generations holds the threshold (the verdict is
 * then undecided: another run of the same code could go either way).
 */
final class Verdicts {

	/** What a target's numbers say. */
	enum Outcome {

		/** No round has both apps. */
		NOT_MEASURED,

		/** The noise row: shown, not judged. */
		NOISE,

		/** An informational row: shown for scale, not judged. */
		INFORMATIONAL,

		/** The median and every single round reach the threshold. */
		MET_EVERY_ROUND,

		/** The median reaches the threshold, some rounds do not. */
		MET_ON_MEDIAN,

		/** The median misses the threshold or the p99 rule. */
		MISSED

	}

	/**
	 * The verdict on one load target.
	 *
	 * @param target the target
	 * @param ratios its paired per-round ratios
	 * @param outcome the verdict
	 * @param noise the half-width of its stack's noise row
	 * @param withinNoise whether the median is within {@code noise} of the threshold
	 * @param generationsDisagree whether the JVM generations, judged one by one, reach
	 * different verdicts
	 * @param undecided whether the median's 95 % interval holds the threshold
	 */
	record LoadVerdict(LoadTarget target, PairedRatios ratios, Outcome outcome, double noise, boolean withinNoise,
			boolean generationsDisagree, boolean undecided) {
	}

	/**
	 * The verdict on one JMH target.
	 *
	 * @param target the target
	 * @param slowest the slowest style's time score, null when not measured
	 * @param mostBytes the most bytes per op any style allocated, NaN when not measured
	 * @param met whether every style stayed under the limits
	 */
	record JmhVerdict(JmhTarget target, JmhScore slowest, double mostBytes, boolean met) {
	}

	private Verdicts() {
	}

	static LoadVerdict judge(LoadTarget target, Statistics statistics) {
		PairedRatios ratios = statistics.paired(target);
		Spread throughput = ratios.throughput();
		double noise = statistics.noiseHalfWidth(Targets.stack(target));
		if (throughput.isEmpty() || !target.isJudged()) {
			Outcome outcome = throughput.isEmpty() ? Outcome.NOT_MEASURED
					: target.isNoise() ? Outcome.NOISE : Outcome.INFORMATIONAL;
			return new LoadVerdict(target, ratios, outcome, noise, false, false, false);
		}
		boolean met = throughput.median() >= target.minRatio()
				&& (!target.hasP99Rule() || ratios.p99().median() <= target.maxP99());
		Outcome outcome = !met ? Outcome.MISSED
				: (throughput.min() >= target.minRatio()) ? Outcome.MET_EVERY_ROUND : Outcome.MET_ON_MEDIAN;
		// a stack without a noise row has nothing to be within
		boolean withinNoise = noise > 0 && Math.abs(throughput.median() - target.minRatio()) <= noise;
		List<Boolean> byGeneration = ratios.byGeneration()
			.stream()
			.map((spread) -> spread.median() >= target.minRatio())
			.distinct()
			.toList();
		boolean undecided = ratios.medianInterval() != null && ratios.medianInterval().contains(target.minRatio());
		return new LoadVerdict(target, ratios, outcome, noise, withinNoise, byGeneration.size() > 1, undecided);
	}

	static JmhVerdict judge(JmhTarget target, RawData raw) {
		JmhScore slowest = raw.jmh(target.benchmark(), "ns_per_op")
			.stream()
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.orElse(null);
		double mostBytes = raw.jmh(target.benchmark(), "gc.alloc.rate.norm")
			.stream()
			.mapToDouble(JmhScore::score)
			.max()
			.orElse(Double.NaN);
		boolean met = slowest != null && slowest.score() < target.maxNs()
				&& (Double.isNaN(target.maxBytes()) || mostBytes < target.maxBytes());
		return new JmhVerdict(target, slowest, mostBytes, met);
	}

}
