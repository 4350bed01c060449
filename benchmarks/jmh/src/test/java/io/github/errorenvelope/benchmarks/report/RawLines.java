package io.github.errorenvelope.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds raw TSV lines as {@code run.sh} writes them, for tests that need a few runs.
 */
final class RawLines {

	private final List<String> lines = new ArrayList<>();

	RawLines generation(int number, int firstRound, int lastRound) {
		return add("generation\t" + number + "\t" + firstRound + "\t" + lastRound);
	}

	RawLines load(int round, String scenario, String app, double rps, double p99Us) {
		return add("load\t" + round + "\t" + scenario + "\t" + app + "\t" + rps + "\t1000\t" + p99Us + "\t90\t0");
	}

	/**
	 * The same app on the same scenario, one run per round from round 1 on, each with the
	 * given throughput and a p99 of 10 ms.
	 */
	RawLines rounds(String scenario, String app, double... rps) {
		for (int i = 0; i < rps.length; i++) {
			load(i + 1, scenario, app, rps[i], 10_000);
		}
		return this;
	}

	RawLines add(String line) {
		this.lines.add(line);
		return this;
	}

	String text() {
		return String.join("\n", this.lines) + "\n";
	}

	RawData parse() {
		return RawData.parse(this.lines);
	}

}
