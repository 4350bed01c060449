package io.github.errorenvelope.benchmarks.report;

import java.util.Arrays;

/**
 * The median and range of a sample, such as the per-round ratios of one target.
 *
 * @param median the median (the mean of the middle two for an even count)
 * @param min the lowest value
 * @param max the highest value
 * @param n how many values
 */
record Spread(double median, double min, double max, int n) {

	static final Spread EMPTY = new Spread(Double.NaN, Double.NaN, Double.NaN, 0);

	static Spread of(double... values) {
		if (values.length == 0) {
			return EMPTY;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		return new Spread(median, sorted[0], sorted[n - 1], n);
	}

	boolean isEmpty() {
		return this.n == 0;
	}

	/**
	 * How far the sample strays from 1.00 at most, for a sample of ratios that should be
	 * 1.00.
	 * @return the larger distance of min and max from 1, 0 when empty
	 */
	double halfWidthAroundOne() {
		return isEmpty() ? 0 : Math.max(Math.abs(this.max - 1), Math.abs(1 - this.min));
	}

}
