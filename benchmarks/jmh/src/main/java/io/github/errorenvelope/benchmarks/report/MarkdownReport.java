package io.github.errorenvelope.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.errorenvelope.benchmarks.report.RawData.Generation;
import io.github.errorenvelope.benchmarks.report.RawData.JmhScore;
import io.github.errorenvelope.benchmarks.report.RawData.LoadRun;
import io.github.errorenvelope.benchmarks.report.RawData.WarmUp;
import io.github.errorenvelope.benchmarks.report.Statistics.Interval;
import io.github.errorenvelope.benchmarks.report.Targets.Stack;
import io.github.errorenvelope.benchmarks.report.Verdicts.JmhVerdict;
import io.github.errorenvelope.benchmarks.report.Verdicts.LoadVerdict;
import io.github.errorenvelope.benchmarks.report.Verdicts.Outcome;

/**
 * Writes {@code RESULTS.md}: the prose comes from the template resource
 * {@code results-template.md}, whose {@code {{name}}} slots are filled with the raw
 * data's {@code env} rows and the tables rendered here from the verdicts and statistics.
 */
final class MarkdownReport {

	private static final String TEMPLATE = "results-template.md";

	private static final int LISTED_WARM_UPS = 6;

	private final Statistics statistics;

	MarkdownReport(Statistics statistics) {
		this.statistics = statistics;
	}

	String render(String profile) {
		RawData raw = this.statistics.raw();
		Map<String, String> slots = new LinkedHashMap<>(raw.env());
		String note = slots.getOrDefault("note", "");
		slots.put("note", note.isBlank() ? "" : "\n" + note + "\n");
		slots.put("mvcTargets", targetRows(Stack.MVC));
		slots.put("reactiveTargets", targetRows(Stack.REACTIVE));
		slots.put("jmhTargets",
				Targets.JMH_TARGETS.stream()
					.map((target) -> jmhTargetRow(Verdicts.judge(target, raw)))
					.collect(Collectors.joining("\n")));
		slots.put("warmUp", warmUp());
		slots.put("profile", profile);
		slots.put("mvcLoadRows", loadRows(Stack.MVC));
		slots.put("reactiveLoadRows", loadRows(Stack.REACTIVE));
		slots.put("jmhRows", jmhRows());
		List<JmhScore> times = raw.jmh().stream().filter((s) -> s.metric().equals("ns_per_op")).toList();
		slots.put("jmhErrorBars", times.stream().filter((s) -> s.error() < s.score()).count() + " of " + times.size());
		String text = template();
		for (Map.Entry<String, String> slot : slots.entrySet()) {
			text = text.replace("{{" + slot.getKey() + "}}", slot.getValue());
		}
		return text.replaceAll("\\{\\{[A-Za-z_]+}}", "?");
	}

	// ---------------------------------------------------------------- summary

	private String targetRows(Stack stack) {
		return Targets.LOAD_TARGETS.stream()
			.filter((target) -> Targets.stack(target) == stack)
			.map((target) -> targetRow(Verdicts.judge(target, this.statistics)))
			.collect(Collectors.joining("\n"));
	}

	private String targetRow(LoadVerdict verdict) {
		Targets.LoadTarget target = verdict.target();
		String rule = !target.isJudged() ? "" : format(", ≥ %.2f× throughput", target.minRatio())
				+ (target.hasP99Rule() ? format(", p99 ≤ %.2f×", target.maxP99()) : "");
		String what = target.wording() + ": " + Targets.APPS.get(target.app()) + " vs "
				+ Targets.APPS.get(target.baseline()) + rule;
		Spread throughput = verdict.ratios().throughput();
		Spread p99 = verdict.ratios().p99();
		String byGeneration = verdict.ratios()
			.byGeneration()
			.stream()
			.map((spread) -> format("%.2f", spread.median()))
			.collect(Collectors.joining(" / "));
		return "| " + what + " | " + spread(throughput, "rounds") + " | " + byGeneration + " | "
				+ (p99.isEmpty() ? "" : format("%.2f", p99.median())) + " | " + wording(verdict) + " |";
	}

	private static String wording(LoadVerdict verdict) {
		String text = switch (verdict.outcome()) {
			case NOT_MEASURED -> "not measured";
			case NOISE -> "(the noise: ratios inside this range are indistinguishable from 1.00)";
			case INFORMATIONAL -> "(informational: " + verdict.target().informational() + ")";
			case MET_EVERY_ROUND -> "✅ met in every round";
			case MET_ON_MEDIAN -> "✅ met on the median";
			case MISSED -> "❌ missed";
		};
		if (verdict.outcome() == Outcome.NOT_MEASURED && verdict.target().isInformational()) {
			text += " (informational: " + verdict.target().informational() + ")";
		}
		if (verdict.withinNoise()) {
			text += format(" (within the noise row's ±%.3f of the target)", verdict.noise());
		}
		if (verdict.generationsDisagree()) {
			text += " (the JVM generations disagree)";
		}
		Interval interval = verdict.ratios().medianInterval();
		if (verdict.undecided() && interval != null) {
			text += format(" (undecided: the median's 95 %% interval over the JVM generations, %.3f–%.3f, holds "
					+ "the target)", interval.low(), interval.high());
		}
		return text;
	}

	private static String jmhTargetRow(JmhVerdict verdict) {
		Targets.JmhTarget target = verdict.target();
		String what = target.wording() + format(", < %.0f ns", target.maxNs())
				+ (Double.isNaN(target.maxBytes()) ? "" : format(" and < %.0f B", target.maxBytes()));
		if (verdict.slowest() == null) {
			return "| " + what + " | not measured | |";
		}
		return format("| %s | slowest mean %.0f ± %.0f ns (`%s`), most allocated %.0f B/op | %s |", what,
				verdict.slowest().score(), verdict.slowest().error(), verdict.slowest().style(), verdict.mostBytes(),
				verdict.met() ? "✅ met" : "❌ missed");
	}

	private String warmUp() {
		List<WarmUp> warmUps = this.statistics.raw().warmUps();
		StringBuilder text = new StringBuilder();
		if (warmUps.isEmpty()) {
			text.append("This run recorded no adaptive warm-up.");
		}
		else {
			long settled = warmUps.stream().filter(WarmUp::settled).count();
			Spread seconds = Spread.of(warmUps.stream().mapToDouble(WarmUp::seconds).toArray());
			text.append(format(
					"Each app warmed up on each scenario until it was warm (see the conditions): %d of %d "
							+ "warm-ups (app, scenario, generation) settled before their limit; they took %.0f s "
							+ "(median, %.0f–%.0f s).",
					settled, warmUps.size(), seconds.median(), seconds.min(), seconds.max()));
			List<String> unsettled = warmUps.stream()
				.filter((w) -> !w.settled())
				.map((w) -> w.app() + " on " + w.scenario() + " (generation " + w.generation() + ")")
				.toList();
			if (!unsettled.isEmpty()) {
				text.append(" Still warming at the limit: ")
					.append(String.join(", ", unsettled.subList(0, Math.min(unsettled.size(), LISTED_WARM_UPS))))
					.append((unsettled.size() > LISTED_WARM_UPS)
							? " and " + (unsettled.size() - LISTED_WARM_UPS) + " more (see the raw file)" : "")
					.append('.');
			}
		}
		Spread jit = Spread.of(this.statistics.raw()
			.load()
			.stream()
			.mapToDouble(LoadRun::jitMs)
			.filter((ms) -> !Double.isNaN(ms))
			.toArray());
		if (!jit.isEmpty()) {
			text.append(format(
					" During the measured runs the servers' JIT compilers worked %.0f ms per run (median, "
							+ "%.0f–%.0f ms), so the rounds measured compiled code.",
					jit.median(), jit.min(), jit.max()));
		}
		for (Stack stack : Stack.values()) {
			Spread warmth = this.statistics.firstRoundWarmth(stack);
			if (!warmth.isEmpty()) {
				text.append(
						format(" %s: the first round of a generation ran at %s of that generation's median throughput.",
								(stack == Stack.MVC) ? "Spring MVC" : "WebFlux", spread(warmth, "app-scenario pairs")));
			}
		}
		return text.toString();
	}

	// ---------------------------------------------------------------- per-round tables

	private String loadRows(Stack stack) {
		RawData raw = this.statistics.raw();
		List<String> rows = new ArrayList<>();
		for (Targets.Scenario scenario : Targets.SCENARIOS) {
			if (scenario.stack() != stack) {
				continue;
			}
			for (Map.Entry<String, String> app : Targets.APPS.entrySet()) {
				List<LoadRun> runs = raw.runs(scenario.key(), app.getKey());
				if (!runs.isEmpty()) {
					rows.add(format("| %s | %s | %s | %.0f | %.2f | %.2f | %.0f %% | %d |", scenario.label(),
							app.getValue(), perRound(runs, scenario.key(), raw.generations()),
							Statistics.median(runs, LoadRun::rps), Statistics.median(runs, LoadRun::p50Us) / 1000,
							Statistics.median(runs, LoadRun::p99Us) / 1000, Statistics.median(runs, LoadRun::cpu),
							runs.stream().mapToLong(LoadRun::bad).sum()));
				}
			}
		}
		return rows.isEmpty() ? "| not measured | | | | | | | |" : String.join("\n", rows);
	}

	private static String perRound(List<LoadRun> runs, String scenario, List<Generation> generations) {
		return generations.stream()
			.map((generation) -> runs.stream()
				.filter((run) -> generation.contains(scenario, run.round()))
				.map((run) -> format("%.0f", run.rps()))
				.collect(Collectors.joining(", ")))
			.filter((text) -> !text.isEmpty())
			.collect(Collectors.joining(" ‖ "));
	}

	private String jmhRows() {
		RawData raw = this.statistics.raw();
		return raw.jmh().stream().filter((s) -> s.metric().equals("ns_per_op")).map((s) -> {
			double bytes = raw.jmh(s.benchmark(), "gc.alloc.rate.norm")
				.stream()
				.filter((b) -> b.style().equals(s.style()))
				.mapToDouble(JmhScore::score)
				.findFirst()
				.orElse(Double.NaN);
			return format("| `%s` | %s | %.0f ± %.0f | %.0f |", s.benchmark(), s.style(), s.score(), s.error(), bytes);
		}).collect(Collectors.joining("\n"));
	}

	// ---------------------------------------------------------------- text

	private static String spread(Spread spread, String unit) {
		return spread.isEmpty() ? "no data"
				: format("%.3f (%.3f–%.3f, %d %s)", spread.median(), spread.min(), spread.max(), spread.n(), unit);
	}

	private static String format(String pattern, Object... arguments) {
		return String.format(Locale.ROOT, pattern, arguments);
	}

	private static String template() {
		try (InputStream in = MarkdownReport.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + TEMPLATE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
