package io.github.errorenvelope.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the raw benchmark data ({@code benchmarks/results-raw.tsv}) into
 * {@code benchmarks/RESULTS.md}: records for the runs, paired per-round statistics, a
 * verdict per target from the declarative table {@link Targets}, and Markdown from
 * {@link ReportTemplate}. Regenerate with
 * {@code java -cp benchmarks/jmh/target/benchmarks.jar io.github.errorenvelope.benchmarks.report.ResultsReport
 * benchmarks/results-raw.tsv benchmarks/RESULTS.md}.
 */
public final class ResultsReport {

	/** One wrk run: requests per second and latency of one app in one round. */
	record LoadRun(int round, String scenario, String app, double rps, double p50Us, double p99Us, double cpu,
			long bad) {
	}

	/** One JMH score: {@code ns_per_op} or {@code gc.alloc.rate.norm} (bytes per op). */
	record JmhScore(String benchmark, String style, String metric, double score, double error) {
	}

	/** Everything a run recorded. */
	record Raw(Map<String, String> env, List<LoadRun> load, List<JmhScore> jmh) {

		static Raw read(Path file) throws IOException {
			Map<String, String> env = new LinkedHashMap<>();
			List<LoadRun> load = new ArrayList<>();
			List<JmhScore> jmh = new ArrayList<>();
			for (String line : Files.readAllLines(file)) {
				String[] f = line.split("\t", -1);
				switch (f[0]) {
					case "env" -> env.put(f[1], f[2]);
					case "load" -> load.add(new LoadRun(Integer.parseInt(f[1]), f[2], f[3], num(f[4]), num(f[5]),
							num(f[6]), num(f[7]), Long.parseLong(f[8])));
					case "jmh" -> jmh.add(new JmhScore(f[1], f[2], f[3], num(f[4]), num(f[5])));
					default -> {
					} // comments
				}
			}
			return new Raw(env, load, jmh);
		}

		private static double num(String text) {
			return text.isEmpty() || text.equals("NaN") ? Double.NaN : Double.parseDouble(text);
		}

	}

	/** Median and range of a sample. */
	record Spread(double median, double min, double max, int n) {

		static Spread of(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			int n = sorted.length;
			double median = (n == 0) ? Double.NaN
					: (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
			return new Spread(median, (n > 0) ? sorted[0] : Double.NaN, (n > 0) ? sorted[n - 1] : Double.NaN, n);
		}

		String format() {
			return (this.n == 0) ? "no data" : String.format(Locale.ROOT, "%.3f (%.3f–%.3f, %d rounds)", this.median,
					this.min, this.max, this.n);
		}

	}

	private final Raw raw;

	private ResultsReport(Raw raw) {
		this.raw = raw;
	}

	/**
	 * Write RESULTS.md from the raw data.
	 * @param args the raw TSV file and the Markdown file to write
	 * @throws IOException if a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		Path rawFile = Path.of(args[0]);
		Raw raw = Raw.read(rawFile);
		Path profile = rawFile.resolveSibling("profile.md");
		String profileText = Files.exists(profile) ? Files.readString(profile).strip() : "(no profile recorded)";
		Files.writeString(Path.of(args[1]), new ResultsReport(raw).markdown(profileText));
	}

	String markdown(String profile) {
		Map<String, String> values = new LinkedHashMap<>(this.raw.env());
		String note = values.getOrDefault("note", "");
		values.put("note", note.isBlank() ? "" : "\n" + note + "\n");
		values.put("loadTargets",
				Targets.LOAD_TARGETS.stream().map(this::loadTargetRow).collect(Collectors.joining("\n")));
		values.put("jmhTargets",
				Targets.JMH_TARGETS.stream().map(this::jmhTargetRow).collect(Collectors.joining("\n")));
		values.put("profile", profile);
		values.put("loadRows", loadRows());
		values.put("jmhRows", jmhRows());
		List<JmhScore> times = this.raw.jmh().stream().filter((t) -> t.metric().equals("ns_per_op")).toList();
		values.put("jmhErrorBars",
				String.valueOf(times.stream().filter((t) -> t.error() < t.score()).count()) + " of " + times.size());
		String text = ReportTemplate.TEXT.replace("%%", "%");
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		return text.replaceAll("\\{\\{[a-z_]+}}", "?");
	}

	// ---------------------------------------------------------------- statistics

	private List<LoadRun> runs(String scenario, String app) {
		return this.raw.load().stream().filter((r) -> r.scenario().equals(scenario) && r.app().equals(app)).toList();
	}

	/** Per-round ratios of a metric, over the rounds both apps ran. */
	private Spread paired(Targets.LoadTarget target, boolean latency) {
		Map<Integer, LoadRun> reference = runs(target.scenario(), target.reference()).stream()
			.collect(Collectors.toMap(LoadRun::round, (r) -> r));
		return Spread.of(runs(target.scenario(), target.app()).stream()
			.filter((r) -> reference.containsKey(r.round()))
			.mapToDouble((r) -> latency ? r.p99Us() / reference.get(r.round()).p99Us()
					: r.rps() / reference.get(r.round()).rps())
			.toArray());
	}

	// ---------------------------------------------------------------- verdicts

	private String loadTargetRow(Targets.LoadTarget target) {
		Spread throughput = paired(target, false);
		Spread p99 = paired(target, true);
		String what = String.format(Locale.ROOT, "%s: %s vs %s%s", target.what(), Targets.APPS.get(target.app()),
				Targets.APPS.get(target.reference()),
				Double.isNaN(target.minRatio()) ? ""
						: String.format(Locale.ROOT, ", ≥ %.2f× throughput%s", target.minRatio(),
								Double.isNaN(target.maxP99()) ? ""
										: String.format(Locale.ROOT, ", p99 ≤ %.2f×", target.maxP99())));
		String verdict;
		if (throughput.n() == 0) {
			verdict = "not measured";
		}
		else if (Double.isNaN(target.minRatio())) {
			verdict = "(the noise: ratios inside this range are indistinguishable from 1.00)";
		}
		else {
			boolean met = throughput.median() >= target.minRatio()
					&& (Double.isNaN(target.maxP99()) || p99.median() <= target.maxP99());
			verdict = !met ? "❌ missed"
					: (throughput.min() >= target.minRatio()) ? "✅ met in every round" : "✅ met on the median";
			double noise = noiseHalfWidth();
			if (Math.abs(throughput.median() - target.minRatio()) <= noise) {
				verdict += String.format(Locale.ROOT, " (within the noise row's ±%.3f of the target)", noise);
			}
		}
		return "| " + what + " | " + throughput.format() + " | "
				+ ((p99.n() == 0) ? "" : String.format(Locale.ROOT, "%.2f", p99.median())) + " | " + verdict + " |";
	}

	/**
	 * How far the noise row's rounds strayed from 1.00: a ratio this close to a target is
	 * a coin toss.
	 */
	private double noiseHalfWidth() {
		Spread noise = Targets.LOAD_TARGETS.stream()
			.filter((t) -> Double.isNaN(t.minRatio()))
			.map((t) -> paired(t, false))
			.findFirst()
			.orElseThrow();
		return (noise.n() == 0) ? 0 : Math.max(Math.abs(noise.max() - 1), Math.abs(1 - noise.min()));
	}

	private String jmhTargetRow(Targets.JmhTarget target) {
		List<JmhScore> times = jmh(target.benchmark(), "ns_per_op");
		if (times.isEmpty()) {
			return "| " + target.what() + " | not measured | | |";
		}
		JmhScore slowest = times.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
		double bytes = jmh(target.benchmark(), "gc.alloc.rate.norm").stream()
			.mapToDouble(JmhScore::score)
			.max()
			.orElse(Double.NaN);
		boolean met = slowest.score() < target.maxNs()
				&& (Double.isNaN(target.maxBytes()) || bytes < target.maxBytes());
		String limits = String.format(Locale.ROOT, "< %.0f ns%s", target.maxNs(),
				Double.isNaN(target.maxBytes()) ? "" : String.format(Locale.ROOT, " and < %.0f B", target.maxBytes()));
		return String.format(Locale.ROOT,
				"| %s, %s | slowest mean %.0f ± %.0f ns (`%s`), most allocated %.0f B/op | | %s |", target.what(),
				limits, slowest.score(), slowest.error(), slowest.style(), bytes, met ? "✅ met" : "❌ missed");
	}

	// ---------------------------------------------------------------- tables

	private String loadRows() {
		List<String> rows = new ArrayList<>();
		for (String scenario : List.of("success", "entity404", "coded404", "coded409", "validation400", "error500")) {
			for (String app : List.of("plain", "plain-twin", "envelope", "envelope-wrapped", "problemdetail",
					"wimdeblauwe")) {
				List<LoadRun> runs = runs(scenario, app);
				if (runs.isEmpty()) {
					continue;
				}
				rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.2f | %.2f | %.0f %% | %d |",
						Targets.SCENARIOS.get(scenario), Targets.APPS.get(app),
						runs.stream()
							.map((r) -> String.format(Locale.ROOT, "%.0f", r.rps()))
							.collect(Collectors.joining(", ")),
						median(runs, LoadRun::rps), median(runs, LoadRun::p50Us) / 1000,
						median(runs, LoadRun::p99Us) / 1000, median(runs, LoadRun::cpu),
						runs.stream().mapToLong(LoadRun::bad).sum()));
			}
		}
		return String.join("\n", rows);
	}

	private String jmhRows() {
		return this.raw.jmh().stream().filter((s) -> s.metric().equals("ns_per_op")).map((s) -> {
			double bytes = this.raw.jmh()
				.stream()
				.filter((b) -> b.benchmark().equals(s.benchmark()) && b.style().equals(s.style())
						&& b.metric().equals("gc.alloc.rate.norm"))
				.mapToDouble(JmhScore::score)
				.findFirst()
				.orElse(Double.NaN);
			return String.format(Locale.ROOT, "| `%s` | %s | %.0f ± %.0f | %.0f |", s.benchmark(), s.style(), s.score(),
					s.error(), bytes);
		}).collect(Collectors.joining("\n"));
	}

	private List<JmhScore> jmh(String benchmark, String metric) {
		return this.raw.jmh()
			.stream()
			.filter((s) -> s.benchmark().equals(benchmark) && s.metric().equals(metric))
			.toList();
	}

	private static double median(List<LoadRun> runs, java.util.function.ToDoubleFunction<LoadRun> metric) {
		return Spread.of(runs.stream().mapToDouble(metric).toArray()).median();
	}

}
