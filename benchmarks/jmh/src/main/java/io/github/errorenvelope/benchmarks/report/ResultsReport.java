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
 * Turns the raw benchmark data ({@code benchmarks/results-raw.tsv}) into {@code benchmarks/RESULTS.md}:
 * records for the runs, paired per-round statistics, a verdict per target from the declarative table
 * {@link #LOAD_TARGETS} / {@link #JMH_TARGETS}, and Markdown from {@link #TEMPLATE}. Regenerate with
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
					default -> { } // comments
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

	/**
	 * A load target: {@code app} against {@code reference} on one scenario, judged on the median of the
	 * per-round throughput ratios (and p99 ratios when {@code maxP99} is set); a NaN {@code minRatio}
	 * makes it an unjudged row, such as the noise row.
	 */
	record LoadTarget(String what, String scenario, String app, String reference, double minRatio, double maxP99) {
	}

	/** A JMH target over every style: mean ns/op and, when set, bytes per op. */
	record JmhTarget(String what, String benchmark, double maxNs, double maxBytes) {
	}

	static final Map<String, String> APPS = Map.of("plain", "no library", "plain-twin",
			"no library, second JVM", "envelope", "Error Envelope", "envelope-wrapped",
			"Error Envelope, success-envelope", "problemdetail", "Spring ProblemDetail", "wimdeblauwe",
			"wimdeblauwe");

	static final Map<String, String> SCENARIOS = Map.of("success", "200 JSON (`GET /orders/1`)", "entity404",
			"`ResponseEntity` 404, nothing thrown (`GET /orders/404/summary`)", "coded404",
			"coded 404 (`GET /orders/404`)", "coded409", "coded 409 (`POST /orders/2/cancel`)", "validation400",
			"validation 400, 3 violations (`POST /orders`)", "error500", "500 storm (`GET /orders/1/invoice`)");

	static final List<LoadTarget> LOAD_TARGETS = List.of(
			new LoadTarget("noise: the same app in two JVMs", "success", "plain-twin", "plain", Double.NaN, Double.NaN),
			new LoadTarget("success path with the starter", "success", "envelope", "plain", 0.98, 1.05),
			new LoadTarget("`ResponseEntity` error with the starter", "entity404", "envelope", "plain", 0.98, 1.05),
			new LoadTarget("`success-envelope` wrapping", "success", "envelope-wrapped", "envelope", 0.95, Double.NaN),
			new LoadTarget("coded 404 vs ProblemDetail", "coded404", "envelope", "problemdetail", 0.95, Double.NaN),
			new LoadTarget("coded 409 vs ProblemDetail", "coded409", "envelope", "problemdetail", 0.95, Double.NaN),
			new LoadTarget("validation 400 vs ProblemDetail", "validation400", "envelope", "problemdetail", 0.95,
					Double.NaN),
			new LoadTarget("500 storm vs ProblemDetail", "error500", "envelope", "problemdetail", 3.0, Double.NaN),
			new LoadTarget("coded 404 vs wimdeblauwe", "coded404", "envelope", "wimdeblauwe", 1.0, Double.NaN),
			new LoadTarget("coded 409 vs wimdeblauwe", "coded409", "envelope", "wimdeblauwe", 1.0, Double.NaN),
			new LoadTarget("validation 400 vs wimdeblauwe", "validation400", "envelope", "wimdeblauwe", 1.0,
					Double.NaN),
			new LoadTarget("500 storm vs wimdeblauwe", "error500", "envelope", "wimdeblauwe", 1.0, Double.NaN));

	static final List<JmhTarget> JMH_TARGETS = List.of(
			new JmhTarget("coded error, classify + render + serialize, every style",
					"ErrorRenderingBenchmark.codedError", 1000, 1024),
			new JmhTarget("10 violations, classify + render + serialize, every style",
					"ErrorRenderingBenchmark.validationError", 5000, Double.NaN));

	static final String TEMPLATE = """
			# Benchmark results

			Generated by `ResultsReport` from [`results-raw.tsv`](results-raw.tsv) (written by `benchmarks/run.sh` \
			on {{date}}, commit `{{commit}}`). Do not edit by hand; regenerate without measuring with
			`java -cp benchmarks/jmh/target/benchmarks.jar io.github.errorenvelope.benchmarks.report.ResultsReport benchmarks/results-raw.tsv benchmarks/RESULTS.md`.
			{{note}}

			## Summary: targets

			Every load target is judged on **paired per-round ratios**: in each round the compared apps serve \
			the same scenario one right after the other (rotating which goes first), the ratio of their \
			throughputs is taken per round, and the verdict uses the median ratio; the range is the lowest and \
			highest round. The **noise row** compares two JVMs of the very same app: its range is the \
			measurement's own spread, so a ratio inside it cannot be told apart from 1.00.

			| target | measured: median (min–max, rounds) | p99 ratio | verdict |
			|---|---|---|---|
			{{loadTargets}}
			{{jmhTargets}}

			**What the compared apps do differently** (all are built from the same controllers, \
			`benchmarks/apps/common`, Spring Boot {{spring_boot}}): *no library* has no error-handling \
			library at all, so no request id, no filters, and a `ResponseEntity` 404 leaves with an empty \
			body; *Error Envelope* runs its defaults — `nested-error`, a request id generated per request \
			(UUID, `x-request-id` header, SLF4J MDC), the envelope filter, 4xx logged at DEBUG (so not \
			written at the default INFO level), 500s with a stack trace once per failure and 60 s window \
			and one line per repeat — and it renders the envelope for the bodiless `ResponseEntity` 404 \
			(more work and more bytes than *no library*: that is the feature); *Spring ProblemDetail* \
			is `spring.mvc.problemdetails.enabled=true` plus the hand-written handlers a team writes, \
			lists no violations, has no request id and logs every 500 with its stack trace; \
			*wimdeblauwe* runs its defaults: violations listed with rejected values, one log line per error, \
			no request id, no stack trace for 500s.

			**Conditions.** {{cpu}}; {{java}}; load average {{loadavg_start}} at the start and \
			{{loadavg_end}} at the end (1, 5, 15 min) — other builds shared the machine, so absolute numbers \
			are noisy and only the paired ratios are meant to be read. wrk: {{wrk}}; pinning: {{pinning}}. \
			JMH: {{jmh}}. JMH allocation (B/op) is deterministic and does not change with machine load; \
			time (ns/op) does.

			## Profile of a success request

			{{profile}}

			## Load: per-round numbers

			Requests per second in rounds 1, 2, …; the targets above divide these round by round. \
			p50/p99 are medians over the rounds; *CPU* is the server JVM's median share of its core; *bad \
			responses* counts other statuses, connect errors and timeouts.

			| scenario | app | req/s per round | median req/s | p50 ms | p99 ms | CPU | bad responses |
			|---|---|---|---:|---:|---:|---:|---:|
			{{loadRows}}

			## JMH: classify + render + serialize

			`ErrorRenderingBenchmark`: an exception through Error Envelope's classifier, message lookup, \
			code formatting, style and JSON serializer to bytes. Coded = `OrderNotFoundException` \
			(`@ErrorCode` + one `@ErrorDetail`); 10 violations = a `MethodArgumentNotValidException` with ten \
			`FieldError`s. ns/op is mean ± the 99.9 %% interval; B/op is `gc.alloc.rate.norm`. \
			`SpringProblemDetailBenchmark` serializes what the ProblemDetail baseline builds, for scale.

			| benchmark | style | ns/op | B/op |
			|---|---|---:|---:|
			{{jmhRows}}
			""";

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
		values.put("loadTargets", LOAD_TARGETS.stream().map(this::loadTargetRow).collect(Collectors.joining("\n")));
		values.put("jmhTargets", JMH_TARGETS.stream().map(this::jmhTargetRow).collect(Collectors.joining("\n")));
		values.put("profile", profile);
		values.put("loadRows", loadRows());
		values.put("jmhRows", jmhRows());
		String text = TEMPLATE.replace("%%", "%");
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
	private Spread paired(LoadTarget target, boolean latency) {
		Map<Integer, LoadRun> reference = runs(target.scenario(), target.reference()).stream()
			.collect(Collectors.toMap(LoadRun::round, (r) -> r));
		return Spread.of(runs(target.scenario(), target.app()).stream()
			.filter((r) -> reference.containsKey(r.round()))
			.mapToDouble((r) -> latency ? r.p99Us() / reference.get(r.round()).p99Us()
					: r.rps() / reference.get(r.round()).rps())
			.toArray());
	}

	// ---------------------------------------------------------------- verdicts

	private String loadTargetRow(LoadTarget target) {
		Spread throughput = paired(target, false);
		Spread p99 = paired(target, true);
		String what = String.format(Locale.ROOT, "%s: %s vs %s%s", target.what(), APPS.get(target.app()),
				APPS.get(target.reference()),
				Double.isNaN(target.minRatio()) ? "" : String.format(Locale.ROOT, ", ≥ %.2f× throughput%s",
						target.minRatio(), Double.isNaN(target.maxP99()) ? ""
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
		}
		return "| " + what + " | " + throughput.format() + " | "
				+ ((p99.n() == 0) ? "" : String.format(Locale.ROOT, "%.2f", p99.median())) + " | " + verdict + " |";
	}

	private String jmhTargetRow(JmhTarget target) {
		List<JmhScore> times = jmh(target.benchmark(), "ns_per_op");
		if (times.isEmpty()) {
			return "| " + target.what() + " | not measured | | |";
		}
		JmhScore slowest = times.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
		double bytes = jmh(target.benchmark(), "gc.alloc.rate.norm").stream()
			.mapToDouble(JmhScore::score)
			.max()
			.orElse(Double.NaN);
		boolean met = slowest.score() < target.maxNs() && (Double.isNaN(target.maxBytes()) || bytes < target.maxBytes());
		String limits = String.format(Locale.ROOT, "< %.0f ns%s", target.maxNs(),
				Double.isNaN(target.maxBytes()) ? "" : String.format(Locale.ROOT, " and < %.0f B", target.maxBytes()));
		return String.format(Locale.ROOT, "| %s, %s | slowest mean %.0f ± %.0f ns (`%s`), most allocated %.0f B/op | | %s |",
				target.what(), limits, slowest.score(), slowest.error(), slowest.style(), bytes,
				met ? "✅ met" : "❌ missed");
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
						SCENARIOS.get(scenario), APPS.get(app),
						runs.stream().map((r) -> String.format(Locale.ROOT, "%.0f", r.rps()))
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
			double bytes = this.raw.jmh().stream()
				.filter((b) -> b.benchmark().equals(s.benchmark()) && b.style().equals(s.style())
						&& b.metric().equals("gc.alloc.rate.norm"))
				.mapToDouble(JmhScore::score).findFirst().orElse(Double.NaN);
			return String.format(Locale.ROOT, "| `%s` | %s | %.0f ± %.0f | %.0f |", s.benchmark(), s.style(),
					s.score(), s.error(), bytes);
		}).collect(Collectors.joining("\n"));
	}

	private List<JmhScore> jmh(String benchmark, String metric) {
		return this.raw.jmh().stream().filter((s) -> s.benchmark().equals(benchmark) && s.metric().equals(metric))
			.toList();
	}

	private static double median(List<LoadRun> runs, java.util.function.ToDoubleFunction<LoadRun> metric) {
		return Spread.of(runs.stream().mapToDouble(metric).toArray()).median();
	}

}
