package io.github.errorenvelope.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code benchmarks/RESULTS.md} from the raw files {@code run.sh} leaves in
 * {@code benchmarks/target/results}: {@code env.properties}, {@code jmh.json}, {@code startup.tsv},
 * {@code http.tsv}, {@code apps.tsv} and the {@code smoke/} responses. Every number in the report is
 * computed here from those files; nothing is typed in by hand.
 */
public final class ResultsReport {

	static final String BASELINE = "problemdetail";

	static final String ENVELOPE = "envelope";

	static final String WIMDEBLAUWE = "wimdeblauwe";

	static final List<String> MATRIX_APPS = List.of(BASELINE, ENVELOPE, WIMDEBLAUWE);

	static final Map<String, String> APP_NAMES = Map.of(BASELINE, "Spring ProblemDetail (baseline)", ENVELOPE,
			"Error Envelope", WIMDEBLAUWE, "wimdeblauwe", "plain", "no library (plain)", "envelope-wrapped",
			"Error Envelope, success-envelope style");

	static final Map<String, String> SCENARIOS = scenarios();

	static final List<String> STYLES = List.of("claid", "success-envelope", "nested-error", "flat", "status-object",
			"problem-detail");

	static final double CODED_NS_TARGET = 2000;

	static final double CODED_BYTES_TARGET = 2048;

	static final double VALIDATION_NS_TARGET = 10000;

	static final String ERROR_500 = "error500";

	private final Path dir;

	private final Map<String, String> env;

	private final List<HttpRun> http;

	private final List<JmhResult> jmh;

	private final List<String[]> startup;

	private final StringBuilder out = new StringBuilder(32 * 1024);

	private final Path changes;

	private ResultsReport(Path dir, Path changes) throws IOException {
		this.dir = dir;
		this.changes = changes;
		this.env = readEnv(dir.resolve("env.properties"));
		this.http = readHttp(dir.resolve("http.tsv"));
		this.jmh = readJmh(dir.resolve("jmh.json"));
		this.startup = readTsv(dir.resolve("startup.tsv"));
	}

	/**
	 * Write the report.
	 * @param args the results directory and the Markdown file to write
	 * @throws IOException if a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: ResultsReport <results-dir> <RESULTS.md>");
			System.exit(2);
		}
		Path target = Path.of(args[1]);
		String markdown = new ResultsReport(Path.of(args[0]), target.resolveSibling("library-changes.md")).render();
		Files.writeString(Path.of(args[1]), markdown, StandardCharsets.UTF_8);
	}

	private static Map<String, String> scenarios() {
		Map<String, String> scenarios = new LinkedHashMap<>();
		scenarios.put("success", "success 200 (`GET /orders/1`)");
		scenarios.put("coded404", "coded 404 (`GET /orders/404`)");
		scenarios.put("coded409", "coded 409 (`POST /orders/2/cancel`)");
		scenarios.put("validation400", "validation 400, 3 violations (`POST /orders`)");
		scenarios.put("error500", "500 (`GET /orders/1/invoice`)");
		return scenarios;
	}

	// ------------------------------------------------------------------ reading

	/** One wrk run, as recorded in {@code http.tsv}. */
	record HttpRun(String phase, String app, String scenario, String mode, int round, double loadavg,
			double serverCpu, double coreBusy, long logBytes, JsonNode result, long logTraces) {

		double throughput() {
			double seconds = this.result.path("duration_us").asDouble() / 1_000_000d;
			return (seconds > 0) ? this.result.path("requests").asDouble() / seconds : 0;
		}

		/** Requests per second of CPU time the server itself used: robust against CPU taken by others. */
		double perCpuSecond() {
			return (this.serverCpu > 0) ? throughput() * 100 / this.serverCpu : Double.NaN;
		}

		double p50Ms() {
			return this.result.path("p50_us").asDouble() / 1000d;
		}

		double p99Ms() {
			return this.result.path("p99_us").asDouble() / 1000d;
		}

		long requests() {
			return this.result.path("requests").asLong();
		}

		long unexpected() {
			return this.result.path("unexpected_status").asLong() + this.result.path("connect_errors").asLong()
					+ this.result.path("read_errors").asLong() + this.result.path("write_errors").asLong()
					+ this.result.path("timeouts").asLong();
		}

		long closing() {
			return this.result.path("closing_responses").asLong();
		}

		double bytesPerResponse() {
			long requests = requests();
			return (requests > 0) ? this.result.path("bytes").asDouble() / requests : 0;
		}

	}

	/** One JMH benchmark result. */
	record JmhResult(String benchmark, String method, String style, double score, double error, double best,
			double allocated) {
	}

	private static Map<String, String> readEnv(Path file) throws IOException {
		Map<String, String> env = new LinkedHashMap<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int eq = line.indexOf('=');
				if (eq > 0) {
					env.put(line.substring(0, eq), line.substring(eq + 1));
				}
			}
		}
		return env;
	}

	private static List<String[]> readTsv(Path file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		if (!Files.exists(file)) {
			return rows;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			if (!line.isBlank()) {
				rows.add(line.split("\t", -1));
			}
		}
		return rows;
	}

	private static List<HttpRun> readHttp(Path file) throws IOException {
		JsonMapper json = new JsonMapper();
		List<HttpRun> runs = new ArrayList<>();
		for (String[] row : readTsv(file)) {
			runs.add(new HttpRun(row[0], row[1], row[2], row[3], Integer.parseInt(row[4]), number(row[5]),
					number(row[6]), number(row[7]), Long.parseLong(row[8]), json.readTree(row[9]),
					(row.length > 10) ? Long.parseLong(row[10].trim()) : -1));
		}
		return runs;
	}

	private static List<JmhResult> readJmh(Path file) throws IOException {
		List<JmhResult> results = new ArrayList<>();
		if (!Files.exists(file)) {
			return results;
		}
		for (JsonNode node : new JsonMapper().readTree(file.toFile())) {
			String benchmark = node.path("benchmark").asString();
			int dot = benchmark.lastIndexOf('.');
			String owner = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
			JsonNode metric = node.path("primaryMetric");
			JsonNode allocation = node.path("secondaryMetrics").path("gc.alloc.rate.norm");
			double best = Double.NaN;
			for (JsonNode fork : metric.path("rawData")) {
				for (JsonNode iteration : fork) {
					double value = number(iteration);
					best = Double.isNaN(best) ? value : Math.min(best, value);
				}
			}
			results.add(new JmhResult(owner, benchmark.substring(dot + 1), node.path("params").path("style").asString(""),
					number(metric.path("score")), number(metric.path("scoreError")), best,
					allocation.isMissingNode() ? Double.NaN : number(allocation.path("score"))));
		}
		return results;
	}

	private static double number(JsonNode node) {
		return node.isNumber() ? node.doubleValue() : number(node.asString(""));
	}

	private static double number(String text) {
		try {
			return Double.parseDouble(text.trim());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	// ------------------------------------------------------------------ rendering

	private String render() throws IOException {
		line("# Benchmark results");
		line();
		line("Generated by `benchmarks/run.sh` on " + env("date") + " from commit `" + env("commit")
				+ "`. Do not edit by hand: re-run the script (it rewrites this file).");
		line();
		if (!env("note").isEmpty()) {
			line("> **Note on this run:** " + env("note"));
			line();
		}
		summary();
		machine();
		jmhSection();
		httpSection();
		overheadSection();
		startupSection();
		responsesSection();
		if (Files.exists(this.changes)) {
			line("## Library changes made from these measurements");
			line();
			line("Kept by hand in `benchmarks/library-changes.md` (a record of one run each, not re-measured by the"
					+ " script):");
			line();
			for (String text : Files.readAllLines(this.changes, StandardCharsets.UTF_8)) {
				if (!text.startsWith("# ")) {
					line(text);
				}
			}
			line();
		}
		methodSection();
		return this.out.toString();
	}

	private void summary() {
		line("## Summary: targets");
		line();
		line("| target | measured | met? |");
		line("|---|---|---|");
		for (String mode : List.of("keepalive", "close")) {
			ratioTarget(mode, BASELINE, 0.95, "≥ 0.95× the ProblemDetail baseline's throughput");
			ratioTarget(mode, WIMDEBLAUWE, 1.0, "≥ 1.0× wimdeblauwe's throughput");
		}
		stormTarget(BASELINE, 3.0, "the hand-written ProblemDetail handler that logs every stack trace");
		stormTarget(WIMDEBLAUWE, 1.0, "wimdeblauwe's starter (which logs no stack trace at all)");
		overheadTarget("envelope", 3, "success path: ≤ 3 % throughput loss with the starter installed");
		overheadTarget("envelope-wrapped", 8, "success path: ≤ 8 % throughput loss with `success-envelope` wrapping");
		jmhTarget("codedError", CODED_NS_TARGET, CODED_BYTES_TARGET,
				"rendering a coded error (classify + render + serialize): < 2 µs and < 2 KB allocated per op, every style");
		jmhTarget("validationError", VALIDATION_NS_TARGET, Double.NaN,
				"10 violations (classify + render + serialize): < 10 µs per op, every style");
		line();
		noiseNote();
	}

	private void ratioTarget(String mode, String reference, double target, String what) {
		List<String> misses = new ArrayList<>();
		double worst = Double.MAX_VALUE;
		String worstScenario = null;
		double worstPerCpu = Double.MAX_VALUE;
		String worstPerCpuScenario = null;
		for (String scenario : errorScenarios()) {
			Optional<HttpRun> ours = find("matrix", ENVELOPE, scenario, mode);
			Optional<HttpRun> theirs = find("matrix", reference, scenario, mode);
			if (ours.isEmpty() || theirs.isEmpty()) {
				continue;
			}
			double perCpu = ours.get().perCpuSecond() / theirs.get().perCpuSecond();
			if (perCpu < worstPerCpu) {
				worstPerCpu = perCpu;
				worstPerCpuScenario = scenario;
			}
			double ratio = ours.get().throughput() / theirs.get().throughput();
			if (ratio < worst) {
				worst = ratio;
				worstScenario = scenario;
			}
			if (ratio < target) {
				misses.add(scenario + " " + ratio(ratio));
			}
		}
		String label = "error responses, " + modeName(mode) + ": " + what + " on every scenario";
		if (worstScenario == null) {
			row(label, "not run", "–");
			return;
		}
		String measured = "lowest " + ratio(worst) + " (" + worstScenario + ")"
				+ (misses.isEmpty() ? "" : "; below: " + String.join(", ", misses)) + "; per server CPU-second lowest "
				+ ratio(worstPerCpu) + " (" + worstPerCpuScenario + ")";
		row(label, measured, misses.isEmpty() ? "✅ met" : "❌ missed");
	}

	/**
	 * The storm of identical 500s: Error Envelope with its defaults (trace once per failure and window,
	 * then one line) against another app, judged on the median of the interleaved storm rounds, with
	 * the trace still in the log.
	 */
	private void stormTarget(String reference, double target, String what) {
		String label = "500 storm (`GET /orders/1/invoice`, identical failures, keep-alive): ≥ " + ratio(target) + "× "
				+ what + ", with Error Envelope's defaults (trace once per failure and 60 s window, then one line)";
		List<HttpRun> ours = stormRuns(ENVELOPE);
		List<HttpRun> theirs = stormRuns(reference);
		if (ours.isEmpty() || theirs.isEmpty()) {
			row(label, "not run", "–");
			return;
		}
		double ourThroughput = medianOf(ours, HttpRun::throughput);
		double theirThroughput = medianOf(theirs, HttpRun::throughput);
		double ratio = ourThroughput / theirThroughput;
		double perCpu = medianOf(ours, HttpRun::perCpuSecond) / medianOf(theirs, HttpRun::perCpuSecond);
		long traces = traces(ours);
		long requests = ours.stream().mapToLong(HttpRun::requests).sum();
		boolean traced = traces > 0 || traceInLog(ENVELOPE);
		String traceNote = (traces > 0) ? "" : traced
				? " (its trace was logged before the rounds, within the same 60 s window)"
				: " and none anywhere in its log";
		row(label,
				ratio(ratio) + " (median of " + ours.size() + " rounds: " + rps(ourThroughput) + " vs "
						+ rps(theirThroughput) + " req/s; per server CPU-second "
						+ ratio(perCpu) + "); Error Envelope logged " + traces + " stack trace(s) in " + requests
						+ " 500s" + traceNote,
				(ratio >= target && traced) ? "✅ met" : "❌ missed");
	}

	/** Stack traces an app wrote during the matrix runs of a scenario, both connection modes. */
	private long tracesLogged(String app, String scenario) {
		return traces(this.http.stream()
			.filter((run) -> run.phase().equals("matrix") && run.app().equals(app) && run.scenario().equals(scenario))
			.toList());
	}

	/** Stack traces written during some runs (runs from an older run.sh, without the count, add none). */
	private static long traces(List<HttpRun> runs) {
		return runs.stream().mapToLong((run) -> Math.max(0, run.logTraces())).sum();
	}

	/** The storm rounds of an app (all forks); the keep-alive matrix run where an older run.sh had none. */
	private List<HttpRun> stormRuns(String app) {
		List<HttpRun> runs = runsOf("storm", app);
		return runs.isEmpty() ? runsOf("matrix", app, ERROR_500, "keepalive") : runs;
	}

	private static double medianOf(List<HttpRun> runs, ToDoubleFunction<HttpRun> metric) {
		return median(runs.stream().mapToDouble(metric).toArray());
	}

	/** Whether an app's log holds a stack trace of the 500 at all (warm-up included). */
	private boolean traceInLog(String app) {
		try (var files = Files.list(this.dir.resolve("logs"))) {
			for (Path log : files.filter((f) -> f.getFileName().toString().startsWith(app + "-f")).toList()) {
				// logs of a storm run are hundreds of MB: stream them, and stop at the first trace
				try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
					if (lines.anyMatch((line) -> line.startsWith("java.lang.IllegalStateException: Invoice"))) {
						return true;
					}
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
		return false;
	}

	private void stormSection() {
		if (this.http.stream().noneMatch((run) -> run.phase().equals("storm"))) {
			return;
		}
		line("### The 500 storm, round by round");
		line();
		line("`GET /orders/1/invoice` keep-alive, " + env("storm_rounds") + " interleaved rounds of " + env("duration")
				+ " s per fork (rotating which app goes first), after the matrix above. Every response is a 500 and"
				+ " closes its connection, so this scenario is dominated by connection set-up and the noise between"
				+ " single runs is large; the summary compares the medians. *Traces* counts the stack traces the app"
				+ " wrote during the round.");
		line();
		line("| app | median req/s | × baseline | × wimdeblauwe | median req/CPU-s | req/s per round | traces | log bytes per 500 |");
		line("|---|---:|---:|---:|---:|---|---:|---:|");
		double baseline = medianOf(stormRuns(BASELINE), HttpRun::throughput);
		double wim = medianOf(stormRuns(WIMDEBLAUWE), HttpRun::throughput);
		for (String app : MATRIX_APPS) {
			List<HttpRun> runs = stormRuns(app);
			if (runs.isEmpty()) {
				continue;
			}
			double median = medianOf(runs, HttpRun::throughput);
			long requests = runs.stream().mapToLong(HttpRun::requests).sum();
			long logBytes = runs.stream().mapToLong(HttpRun::logBytes).sum();
			line("| " + APP_NAMES.get(app) + " | " + rps(median) + " | " + ratio(median / baseline) + " | "
					+ ratio(median / wim) + " | " + rps(medianOf(runs, HttpRun::perCpuSecond)) + " | "
					+ String.join(", ", runs.stream().map((run) -> rps(run.throughput())).toList()) + " | "
					+ traces(runs) + " | "
					+ String.format(Locale.ROOT, "%.0f", (requests > 0) ? (double) logBytes / requests : 0) + " |");
		}
		line();
	}

	private void overheadTarget(String app, double maxLossPercent, String what) {
		double plain = medianThroughput("plain");
		double with = medianThroughput(app);
		if (Double.isNaN(plain) || Double.isNaN(with)) {
			row(what, "not run", "–");
			return;
		}
		double loss = (1 - with / plain) * 100;
		double cpuLoss = (1 - medianPerCpu(app) / medianPerCpu("plain")) * 100;
		row(what, String.format(Locale.ROOT, "%.1f %% (median %s vs %s req/s); per server CPU-second %.1f %%", loss,
				rps(with), rps(plain), cpuLoss), (loss <= maxLossPercent) ? "✅ met" : "❌ missed");
	}

	private void jmhTarget(String method, double nsTarget, double bytesTarget, String what) {
		jmhTargetRow(jmhOf("ErrorRenderingBenchmark", method), nsTarget, bytesTarget, what);
		List<JmhResult> trees = jmhOf("ErrorRenderingBenchmark", method + "Tree");
		if (!trees.isEmpty()) {
			jmhTargetRow(trees, nsTarget, bytesTarget,
					"… the same without serialization (classify + render to the body tree)");
		}
	}

	private void jmhTargetRow(List<JmhResult> results, double nsTarget, double bytesTarget, String what) {
		if (results.isEmpty()) {
			row(what, "not run", "–");
			return;
		}
		JmhResult slowest = results.stream().max((a, b) -> Double.compare(a.score(), b.score())).get();
		JmhResult heaviest = results.stream().max((a, b) -> Double.compare(a.allocated(), b.allocated())).get();
		boolean met = slowest.score() < nsTarget && (Double.isNaN(bytesTarget) || heaviest.allocated() < bytesTarget);
		double slowestBest = results.stream().mapToDouble(JmhResult::best).max().orElse(Double.NaN);
		String measured = "slowest mean " + ns(slowest.score()) + " (" + slowest.style() + "), slowest best iteration "
				+ ns(slowestBest);
		if (!Double.isNaN(bytesTarget)) {
			measured += ", most allocated " + bytes(heaviest.allocated()) + " (" + heaviest.style() + ")";
		}
		row(what, measured, met ? "✅ met" : "❌ missed");
	}

	private void noiseNote() {
		List<HttpRun> measured = this.http.stream().filter((run) -> !run.phase().equals("warmup")).toList();
		this.out.append("**Noise.** Load average ").append(env("loadavg_start")).append(" at the start and ")
			.append(env("loadavg_end")).append(" at the end (1, 5, 15 min).");
		if (!measured.isEmpty()) {
			double minCpu = measured.stream().mapToDouble(HttpRun::serverCpu).min().orElse(0);
			double maxCpu = measured.stream().mapToDouble(HttpRun::serverCpu).max().orElse(0);
			double maxOther = measured.stream().mapToDouble((run) -> Math.max(0, run.coreBusy() - run.serverCpu()))
				.max()
				.orElse(0);
			this.out.append(String.format(Locale.ROOT,
					" During the load runs the server JVM used %.0f–%.0f %% of its core, and other processes took up"
							+ " to %.0f %% of that core (core busy minus server; per run in the tables below).",
					minCpu, maxCpu, maxOther));
		}
		line();
		line("Each load number is one run of " + env("duration") + " s on a 2-core machine, so differences of a few"
				+ " per cent are within the noise; compare ratios (and the per-CPU-second ratios, which other processes"
				+ " disturb less) rather than absolute numbers, and re-run on a quiet machine before drawing fine"
				+ " conclusions. The targets are judged on plain throughput, as stated. Beyond the machine's noise, two"
				+ " JVMs of the same app can settle several per cent apart (JIT decisions), and each app ran in "
				+ env("forks") + " JVM(s) here: `FORKS=3 benchmarks/run.sh` repeats the load runs with fresh JVMs"
				+ " and reports the median fork.");
		line();
	}

	private void machine() {
		line("## Machine, versions, settings");
		line();
		line("| | |");
		line("|---|---|");
		row2("date (UTC)", env("date"));
		row2("commit", env("commit"));
		row2("CPU", env("cpu") + ", " + env("cores") + " cores, " + env("memory"));
		row2("OS", env("os") + " (" + env("kernel") + ")");
		row2("JDK", env("java"));
		row2("Spring Boot", env("spring_boot") + " (all apps, including wimdeblauwe's)");
		row2("wimdeblauwe error-handling-spring-boot-starter", env("wimdeblauwe"));
		row2("JMH", env("jmh") + "; " + env("jmh_settings"));
		row2("wrk", env("wrk") + "; " + env("threads") + " thread, " + env("connections") + " connections, "
				+ env("duration") + " s per run after " + env("warmup") + " s warm-up per app and scenario; " + env("forks")
				+ " fork(s) of fresh server JVMs");
		row2("pinning", "server JVMs `taskset -c " + env("server_cpu") + "`, wrk `taskset -c " + env("load_cpu") + "`");
		row2("server JVM options", "`" + env("server_jvm_opts") + "`");
		line();
	}

	private void jmhSection() {
		line("## 1. Rendering an error (JMH)");
		line();
		if (this.jmh.isEmpty()) {
			line("Not run.");
			line();
			return;
		}
		line("`ErrorRenderingBenchmark`: the exception goes through Error Envelope's classifier, message lookup,"
				+ " code formatting and the style (*tree*), and then through the JSON converter to bytes (*full*)."
				+ " Coded = `OrderNotFoundException` (`@ErrorCode` + one `@ErrorDetail`); 10 violations = a real"
				+ " `MethodArgumentNotValidException` for a `@Valid @RequestBody` with ten `FieldError`s. Time is"
				+ " ns/op: mean ± the 99.9 % interval JMH reports, and in brackets the best iteration (on a busy"
				+ " machine the mean carries the iterations another process slowed down). Allocation is"
				+ " `gc.alloc.rate.norm` in bytes/op, which noise does not change.");
		line();
		line("| style | coded, full | coded, full B/op | coded, tree | coded, tree B/op | 10 violations, full"
				+ " | 10 violations, full B/op | 10 violations, tree | 10 violations, tree B/op |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (String style : STYLES) {
			StringBuilder row = new StringBuilder("| `" + style + "`");
			for (String method : List.of("codedError", "codedErrorTree", "validationError", "validationErrorTree")) {
				Optional<JmhResult> result = jmhOf("ErrorRenderingBenchmark", method).stream()
					.filter((r) -> r.style().equals(style))
					.findFirst();
				row.append(" | ").append(result.map((r) -> nsWithError(r)).orElse("–"));
				row.append(" | ").append(result.map((r) -> bytes(r.allocated())).orElse("–"));
			}
			line(row.append(" |").toString());
		}
		line();
		List<JmhResult> reference = this.jmh.stream().filter((r) -> r.benchmark().equals("SpringProblemDetailBenchmark"))
			.toList();
		if (!reference.isEmpty()) {
			line("For scale, `SpringProblemDetailBenchmark` serializes what the baseline builds with the same"
					+ " converter: the hand-written `ProblemDetail` for the coded error, and Spring's own problem for"
					+ " the validation failure (which lists no fields, so it does much less):");
			line();
			line("| Spring ProblemDetail | ns/op | B/op |");
			line("|---|---:|---:|");
			for (JmhResult result : reference) {
				line("| " + result.method() + " | " + nsWithError(result) + " | " + bytes(result.allocated()) + " |");
			}
			line();
		}
	}

	private void httpSection() {
		line("## 2. HTTP load: error responses side by side");
		line();
		if (this.http.isEmpty()) {
			line("Not run.");
			line();
			return;
		}
		line("Three apps built from the same controllers (`benchmarks/apps/common`), started together and measured"
				+ " interleaved (scenario by scenario, rotating which app goes first), on 127.0.0.1, in " + env("forks")
				+ " fork(s) of fresh JVMs; with several forks each row is the fork with the median throughput. Ratios are to"
				+ " the **ProblemDetail baseline**: throughput ×, higher is better; latency ×, lower is better."
				+ " *req/CPU-s* divides the requests by the CPU time the server itself used: on a shared machine it is"
				+ " the steadier measure of cost per request, since it does not drop when other processes take the"
				+ " server's core or wrk's. *Connections opened* = wrk's " + env("connections")
				+ " plus one per response that carried"
				+ " `Connection: close`. *Server CPU* is the app's share of its core, *other* what other processes"
				+ " used of that core during the run. Wrong statuses or socket errors, if any, are listed under the"
				+ " tables.");
		line();
		line("Tomcat closes the connection after 400 and 500 responses, so with keep-alive those two scenarios"
				+ " also pay for a new TCP connection per request (in all three apps alike). The second table sends"
				+ " `Connection: close` on every request so every scenario pays the same.");
		line();
		for (String mode : List.of("keepalive", "close")) {
			line("### " + capitalize(modeName(mode)));
			line();
			line("| scenario | app | req/s | × | req/CPU-s | × | p50 ms | × | p99 ms | × | connections opened |"
					+ " bytes/response | server CPU | other |");
			line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			List<String> problems = new ArrayList<>();
			for (String scenario : SCENARIOS.keySet()) {
				Optional<HttpRun> baseline = find("matrix", BASELINE, scenario, mode);
				for (String app : MATRIX_APPS) {
					Optional<HttpRun> run = find("matrix", app, scenario, mode);
					if (run.isEmpty()) {
						continue;
					}
					HttpRun r = run.get();
					HttpRun b = baseline.orElse(r);
					line("| " + SCENARIOS.get(scenario) + " | " + APP_NAMES.get(app) + " | " + rps(r.throughput())
							+ " | " + ratio(r.throughput() / b.throughput()) + " | " + rps(r.perCpuSecond()) + " | "
							+ ratio(r.perCpuSecond() / b.perCpuSecond()) + " | " + ms(r.p50Ms()) + " | "
							+ ratio(r.p50Ms() / b.p50Ms()) + " | " + ms(r.p99Ms()) + " | "
							+ ratio(r.p99Ms() / b.p99Ms()) + " | " + connections(r) + " | "
							+ String.format(Locale.ROOT, "%.0f", r.bytesPerResponse()) + " | " + percent(r.serverCpu())
							+ " | " + percent(Math.max(0, r.coreBusy() - r.serverCpu())) + " |");
					for (HttpRun any : runsOf("matrix", app, scenario, mode)) {
						if (any.unexpected() > 0) {
							problems.add(APP_NAMES.get(app) + " / " + scenario + " (fork " + any.round() + "): "
									+ any.unexpected() + " of " + any.requests()
									+ " responses had another status or a socket error");
						}
					}
				}
			}
			line();
			for (String problem : problems) {
				line("- ⚠ " + problem);
			}
			if (!problems.isEmpty()) {
				line();
			}
		}
		line("### Error Envelope against wimdeblauwe's starter");
		line();
		line("| scenario | throughput ×, keep-alive | per CPU-s ×, keep-alive | p99 ×, keep-alive | throughput ×, close"
				+ " | per CPU-s ×, close | p99 ×, close |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		for (String scenario : SCENARIOS.keySet()) {
			StringBuilder row = new StringBuilder("| " + SCENARIOS.get(scenario));
			for (String mode : List.of("keepalive", "close")) {
				Optional<HttpRun> ours = find("matrix", ENVELOPE, scenario, mode);
				Optional<HttpRun> theirs = find("matrix", WIMDEBLAUWE, scenario, mode);
				if (ours.isPresent() && theirs.isPresent()) {
					row.append(" | ").append(ratio(ours.get().throughput() / theirs.get().throughput()));
					row.append(" | ").append(ratio(ours.get().perCpuSecond() / theirs.get().perCpuSecond()));
					row.append(" | ").append(ratio(ours.get().p99Ms() / theirs.get().p99Ms()));
				}
				else {
					row.append(" | – | – | –");
				}
			}
			line(row.append(" |").toString());
		}
		line();
		stormSection();
		logVolume();
	}

	private void logVolume() {
		line("Log output written by each app during the keep-alive runs (its defaults; bytes per error response, and"
				+ " in brackets the stack traces written during all measured runs of the scenario, both connection modes):");
		line();
		line("| scenario | " + String.join(" | ", MATRIX_APPS.stream().map(APP_NAMES::get).toList()) + " |");
		line("|---|" + "---:|".repeat(MATRIX_APPS.size()));
		for (String scenario : errorScenarios()) {
			StringBuilder row = new StringBuilder("| " + scenario);
			for (String app : MATRIX_APPS) {
				Optional<HttpRun> run = find("matrix", app, scenario, "keepalive");
				row.append(" | ").append(run.map((r) -> String.format(Locale.ROOT, "%.0f (%d)",
						(r.requests() > 0) ? (double) r.logBytes() / r.requests() : 0, tracesLogged(app, scenario)))
					.orElse("–"));
			}
			line(row.append(" |").toString());
		}
		line();
	}

	private void overheadSection() {
		line("## 3. Cost of being installed: the success path");
		line();
		List<HttpRun> runs = this.http.stream().filter((run) -> run.phase().equals("overhead")).toList();
		if (runs.isEmpty()) {
			line("Not run.");
			line();
			return;
		}
		line("`GET /orders/1` (200, keep-alive) against the same controllers: *plain* has no error-handling library"
				+ " on its classpath (not merely `error-envelope.enabled=false`); *Error Envelope* is the starter with"
				+ " its defaults (`nested-error`: request-id filter, `x-request-id` header, MDC); *success-envelope*"
				+ " also wraps every success body in `{\"data\", \"success\", \"message\"}`. The three apps ran side by"
				+ " side and were measured in interleaved rounds; the median round counts.");
		line();
		int rounds = runs.stream().mapToInt(HttpRun::round).max().orElse(0);
		StringBuilder header = new StringBuilder("| app |");
		StringBuilder rule = new StringBuilder("|---|");
		for (int round = 1; round <= rounds; round++) {
			header.append(" round ").append(round).append(" req/s |");
			rule.append("---:|");
		}
		line(header.append(" median req/s | loss vs plain | median req/CPU-s | loss vs plain | p50 ms | p99 ms |")
			.toString());
		line(rule.append("---:|---:|---:|---:|---:|---:|").toString());
		double plain = medianThroughput("plain");
		double plainPerCpu = medianPerCpu("plain");
		for (String app : List.of("plain", "envelope", "envelope-wrapped")) {
			StringBuilder row = new StringBuilder("| " + APP_NAMES.get(app) + " |");
			List<HttpRun> own = runs.stream().filter((run) -> run.app().equals(app)).toList();
			for (int round = 1; round <= rounds; round++) {
				int wanted = round;
				row.append(' ')
					.append(own.stream().filter((run) -> run.round() == wanted).findFirst()
						.map((run) -> rps(run.throughput()) + " (" + percent(run.serverCpu()) + " CPU)").orElse("–"))
					.append(" |");
			}
			double median = medianThroughput(app);
			double perCpu = medianPerCpu(app);
			row.append(' ').append(rps(median)).append(" | ")
				.append(app.equals("plain") ? "–" : String.format(Locale.ROOT, "%.1f %%", (1 - median / plain) * 100))
				.append(" | ").append(rps(perCpu)).append(" | ")
				.append(app.equals("plain") ? "–"
						: String.format(Locale.ROOT, "%.1f %%", (1 - perCpu / plainPerCpu) * 100))
				.append(" | ").append(ms(median(own.stream().mapToDouble(HttpRun::p50Ms).toArray())))
				.append(" | ").append(ms(median(own.stream().mapToDouble(HttpRun::p99Ms).toArray()))).append(" |");
			line(row.toString());
		}
		line();
	}

	private void startupSection() {
		line("## 4. Cost of being installed: startup");
		line();
		if (this.startup.isEmpty()) {
			line("Not run.");
			line();
			return;
		}
		line("The same app without (*plain*) and with the starter, started alternately on one core; *started* is"
				+ " Spring Boot's own \"Started … in\" figure, *ready* the wall time from launching the JVM to the"
				+ " first 200 on `GET /orders/1`. Medians of " + env("startup_runs") + " runs.");
		line();
		line("| app | started s (median) | ready s (median) | runs: started s |");
		line("|---|---:|---:|---|");
		Map<String, double[]> started = new LinkedHashMap<>();
		for (String app : List.of("plain", "envelope")) {
			List<String[]> rows = this.startup.stream().filter((row) -> row[0].equals(app)).toList();
			double[] startedSeconds = rows.stream().mapToDouble((row) -> number(row[2])).toArray();
			double[] ready = rows.stream().mapToDouble((row) -> number(row[4]) / 1000d).toArray();
			started.put(app, startedSeconds);
			line("| " + APP_NAMES.get(app) + " | " + seconds(median(startedSeconds)) + " | " + seconds(median(ready))
					+ " | " + String.join(", ", Arrays.stream(startedSeconds).mapToObj(this::seconds).toList()) + " |");
		}
		double plain = median(started.get("plain"));
		double envelope = median(started.get("envelope"));
		line();
		line(String.format(Locale.ROOT, "The starter adds %.2f s (%.1f %%) to the median startup.", envelope - plain,
				(envelope / plain - 1) * 100));
		line();
	}

	private void responsesSection() throws IOException {
		Path smoke = this.dir.resolve("smoke");
		if (!Files.isDirectory(smoke)) {
			return;
		}
		line("## 5. What each app answers");
		line();
		line("One response per app and scenario, taken before the load (headers trimmed to status, content type and"
				+ " request id). The apps do different amounts of work: Error Envelope lists every violation and"
				+ " adds a request id; the baseline lists no violations and answers the 500 with a generic"
				+ " problem from its hand-written catch-all; wimdeblauwe lists violations with rejected values and shows the 500's exception message.");
		line();
		for (String scenario : SCENARIOS.keySet()) {
			line("<details><summary>" + SCENARIOS.get(scenario) + "</summary>");
			line();
			for (String app : MATRIX_APPS) {
				Path file = smoke.resolve(app + "-" + scenario + ".txt");
				if (Files.exists(file)) {
					line("**" + APP_NAMES.get(app) + "**");
					line();
					line("```http");
					trimmedResponse(file).forEach(this::line);
					line("```");
					line();
				}
			}
			if (scenario.equals("success") && Files.exists(smoke.resolve("envelope-wrapped-success.txt"))) {
				line("**" + APP_NAMES.get("envelope-wrapped") + "**");
				line();
				line("```http");
				trimmedResponse(smoke.resolve("envelope-wrapped-success.txt")).forEach(this::line);
				line("```");
				line();
			}
			line("</details>");
			line();
		}
	}

	private static List<String> trimmedResponse(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Predicate<String> kept = (line) -> {
			String lower = line.toLowerCase(Locale.ROOT);
			return lower.startsWith("http/") || lower.startsWith("content-type:") || lower.startsWith("x-request-id:")
					|| lower.startsWith("connection:");
		};
		List<String> trimmed = new ArrayList<>();
		int blank = lines.indexOf("");
		List<String> head = (blank >= 0) ? lines.subList(0, blank) : lines;
		head.stream().filter(kept).forEach(trimmed::add);
		if (blank >= 0) {
			trimmed.add("");
			lines.subList(blank + 1, lines.size()).stream().filter((line) -> !line.isBlank()).forEach(trimmed::add);
		}
		return trimmed;
	}

	private void methodSection() {
		line("## How this was measured");
		line();
		line("- `benchmarks/run.sh` builds with `-Pbenchmarks`, runs JMH, the startup comparison and the load runs,"
				+ " then `ResultsReport` writes this file from the raw data in `benchmarks/target/results/`"
				+ " (`jmh.json`, `http.tsv`, `startup.tsv`, app logs).");
		line("- Apps: `benchmarks/apps/common` holds the controllers, request body and exceptions; `plain`,"
				+ " `problemdetail` (`spring.mvc.problemdetails.enabled=true` plus `ProblemDetailHandlers`, one"
				+ " `@ExceptionHandler` per domain exception), `envelope` (the starter, defaults) and `wimdeblauwe`"
				+ " (its starter, defaults, statuses of the two domain exceptions set by its"
				+ " `error.handling.http-statuses.*` properties) each add only their library. The 500 is an"
				+ " `IllegalStateException` thrown by the controller: the baseline answers it with the catch-all a"
				+ " ProblemDetail team writes (`UnexpectedFailureHandler`: logs the exception with its stack trace,"
				+ " answers a generic 500 problem).");
		line("- wimdeblauwe's starter " + env("wimdeblauwe") + " is its newest release (built for Spring Boot 4.0);"
				+ " it starts and answers correctly on Spring Boot " + env("spring_boot") + ", so all apps use the"
				+ " same Boot version.");
		line("- Load: wrk with `benchmarks/scripts/scenario.lua`, which also checks every status and counts"
				+ " `Connection: close` responses. Latency percentiles are wrk's (not corrected for coordinated"
				+ " omission; with 2 connections the server is the bottleneck).");
		line("- Each app logs with its defaults to a file: Error Envelope logs a 5xx line at ERROR with the stack"
				+ " trace once per failure and repeat window (60 s), then one line per repeat, and 4xx at DEBUG"
				+ " (off); the baseline's catch-all logs every 500 with its stack trace; wimdeblauwe logs"
				+ " every error, 4xx included, at ERROR with the message and no stack trace.");
		line();
	}

	// ------------------------------------------------------------------ helpers

	private List<String> errorScenarios() {
		return SCENARIOS.keySet().stream().filter((scenario) -> !scenario.equals("success")).toList();
	}

	/** The median run (by throughput) of one app, scenario and mode over the forks. */
	private Optional<HttpRun> find(String phase, String app, String scenario, String mode) {
		List<HttpRun> runs = runsOf(phase, app, scenario, mode);
		if (runs.isEmpty()) {
			return Optional.empty();
		}
		List<HttpRun> sorted = new ArrayList<>(runs);
		sorted.sort((a, b) -> Double.compare(a.throughput(), b.throughput()));
		return Optional.of(sorted.get((sorted.size() - 1) / 2));
	}

	/** The runs of one phase for one app, every scenario and mode. */
	private List<HttpRun> runsOf(String phase, String app) {
		return this.http.stream().filter((run) -> run.phase().equals(phase) && run.app().equals(app)).toList();
	}

	private List<HttpRun> runsOf(String phase, String app, String scenario, String mode) {
		return this.http.stream()
			.filter((run) -> run.phase().equals(phase) && run.app().equals(app) && run.scenario().equals(scenario)
					&& run.mode().equals(mode))
			.toList();
	}

	private double medianThroughput(String app) {
		return medianOverhead(app, HttpRun::throughput);
	}

	private double medianPerCpu(String app) {
		return medianOverhead(app, HttpRun::perCpuSecond);
	}

	private double medianOverhead(String app, ToDoubleFunction<HttpRun> metric) {
		return medianOf(runsOf("overhead", app), metric);
	}

	private List<JmhResult> jmhOf(String benchmark, String method) {
		return this.jmh.stream().filter((r) -> r.benchmark().equals(benchmark) && r.method().equals(method)).toList();
	}

	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private String connections(HttpRun run) {
		return String.valueOf(number(env("connections")) > 0 ? (long) number(env("connections")) + run.closing()
				: run.closing());
	}

	private String env(String key) {
		return this.env.getOrDefault(key, "");
	}

	private static String modeName(String mode) {
		return mode.equals("close") ? "`Connection: close` on every request" : "keep-alive";
	}

	private static String capitalize(String text) {
		return text.startsWith("`") ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String ratio(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String rps(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
	}

	private static String ms(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	private String seconds(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.0f %%", value);
	}

	private static String ns(double value) {
		return String.format(Locale.ROOT, "%.0f ns", value);
	}

	private static String nsWithError(JmhResult result) {
		String mean = Double.isNaN(result.error()) ? String.format(Locale.ROOT, "%.0f", result.score())
				: String.format(Locale.ROOT, "%.0f ± %.0f", result.score(), result.error());
		return Double.isNaN(result.best()) ? mean : mean + String.format(Locale.ROOT, " (%.0f)", result.best());
	}

	private static String bytes(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
	}

	private void row(String what, String measured, String met) {
		line("| " + what + " | " + measured + " | " + met + " |");
	}

	private void row2(String key, String value) {
		line("| " + key + " | " + value + " |");
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private void line() {
		this.out.append('\n');
	}

}
