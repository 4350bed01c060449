package io.github.errorenvelope.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code benchmarks/run.sh} recorded, one record per row of the raw TSV file:
 * settings, JVM generations, warm-ups, measured load runs and JMH scores.
 *
 * @param env the {@code env} rows (date, commit, machine, settings, note)
 * @param generations the JVM generations, each with the rounds it served
 * @param warmUps how long each app warmed up on each scenario, per generation
 * @param load the measured wrk runs
 * @param jmh the JMH scores
 */
record RawData(Map<String, String> env, List<Generation> generations, List<WarmUp> warmUps, List<LoadRun> load,
		List<JmhScore> jmh) {

	/**
	 * One measured wrk run: one app serving one scenario in one round.
	 *
	 * @param round the round, from 1
	 * @param scenario the scenario key ({@code success}, {@code rcoded404}, ...)
	 * @param app the app key ({@code plain}, {@code reactive-envelope}, ...)
	 * @param rps requests per second
	 * @param p50Us median latency in microseconds
	 * @param p99Us 99th percentile latency in microseconds
	 * @param cpu the server JVM's share of its core, in percent
	 * @param bad responses with another status, connect errors and timeouts
	 * @param jitMs how long the server's JIT compiler worked during the run, NaN if not
	 * recorded
	 */
	record LoadRun(int round, String scenario, String app, double rps, double p50Us, double p99Us, double cpu, long bad,
			double jitMs) {
	}

	/**
	 * A generation of server JVMs: every server was (re)started and warmed up before its
	 * first round. A raw file can hold the rows of several runs (a run of some scenarios
	 * keeps the earlier rows of the others), so a generation names the scenarios whose
	 * rounds it served.
	 *
	 * @param number the generation, from 1
	 * @param firstRound its first round
	 * @param lastRound its last round
	 * @param scenarios the scenarios it served, empty for every scenario
	 */
	record Generation(int number, int firstRound, int lastRound, Set<String> scenarios) {

		boolean contains(String scenario, int round) {
			return (this.scenarios.isEmpty() || this.scenarios.contains(scenario)) && round >= this.firstRound
					&& round <= this.lastRound;
		}

	}

	/**
	 * The warm-up of one app on one scenario in one generation.
	 *
	 * @param generation the generation
	 * @param scenario the scenario key
	 * @param app the app key
	 * @param seconds how long it ran
	 * @param settled whether the JIT fell quiet and the throughput stopped rising before
	 * the warm-up's limit
	 * @param jitMs how long the JIT compiler worked during the last step, NaN if not
	 * recorded
	 */
	record WarmUp(int generation, String scenario, String app, int seconds, boolean settled, double jitMs) {
	}

	/**
	 * One JMH score.
	 *
	 * @param benchmark {@code Class.method}
	 * @param style the style parameter, {@code -} when there is none
	 * @param metric {@code ns_per_op} or {@code gc.alloc.rate.norm} (bytes per op)
	 * @param score the mean
	 * @param error the 99.9 % confidence half-width
	 */
	record JmhScore(String benchmark, String style, String metric, double score, double error) {
	}

	/**
	 * Parse the raw TSV lines; comment lines start with {@code #}. A file without
	 * {@code generation} rows was measured in one generation of JVMs, and a
	 * {@code generation} row without a scenario list served every scenario.
	 * @param lines the file's lines
	 * @return the data
	 */
	static RawData parse(List<String> lines) {
		Map<String, String> env = new LinkedHashMap<>();
		List<Generation> generations = new ArrayList<>();
		List<WarmUp> warmUps = new ArrayList<>();
		List<LoadRun> load = new ArrayList<>();
		List<JmhScore> jmh = new ArrayList<>();
		for (String line : lines) {
			String[] f = line.split("\t", -1);
			switch (f[0]) {
				case "env" -> env.put(f[1], f[2]);
				case "generation" ->
					generations.add(new Generation(integer(f[1]), integer(f[2]), integer(f[3]), scenarios(f, 4)));
				case "warmup" ->
					warmUps.add(new WarmUp(integer(f[1]), f[2], f[3], integer(f[4]), f[5].equals("1"), optional(f, 6)));
				case "load" -> load.add(new LoadRun(integer(f[1]), f[2], f[3], number(f[4]), number(f[5]), number(f[6]),
						number(f[7]), Long.parseLong(f[8]), optional(f, 9)));
				case "jmh" -> jmh.add(new JmhScore(f[1], f[2], f[3], number(f[4]), number(f[5])));
				default -> {
					// a comment or a blank line
				}
			}
		}
		if (generations.isEmpty()) {
			generations.add(new Generation(1, 1, load.stream().mapToInt(LoadRun::round).max().orElse(0), Set.of()));
		}
		return new RawData(env, generations, warmUps, load, jmh);
	}

	/**
	 * The measured runs of one app on one scenario, in round order.
	 * @param scenario the scenario key
	 * @param app the app key
	 * @return the runs
	 */
	List<LoadRun> runs(String scenario, String app) {
		return this.load.stream().filter((r) -> r.scenario().equals(scenario) && r.app().equals(app)).toList();
	}

	/**
	 * The JMH scores of one benchmark in one metric, one per style.
	 * @param benchmark {@code Class.method}
	 * @param metric the metric
	 * @return the scores
	 */
	List<JmhScore> jmh(String benchmark, String metric) {
		return this.jmh.stream().filter((s) -> s.benchmark().equals(benchmark) && s.metric().equals(metric)).toList();
	}

	private static int integer(String text) {
		return Integer.parseInt(text);
	}

	/** A column older raw files do not have: NaN when it is missing or empty. */
	private static double optional(String[] fields, int index) {
		return (index < fields.length) ? number(fields[index]) : Double.NaN;
	}

	private static Set<String> scenarios(String[] fields, int index) {
		return (index < fields.length && !fields[index].isBlank()) ? Set.of(fields[index].trim().split(" +"))
				: Set.of();
	}

	private static double number(String text) {
		return (text.isEmpty() || text.equals("NaN")) ? Double.NaN : Double.parseDouble(text);
	}

}
