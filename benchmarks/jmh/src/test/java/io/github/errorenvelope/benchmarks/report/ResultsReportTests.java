package io.github.errorenvelope.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsReportTests {

	@TempDir
	Path directory;

	@Test
	void writesTheReportFromATinyRawFile() throws IOException {
		String report = regenerate();
		assertThat(report).startsWith("# Benchmark results")
			.contains("on 2026-12-04T21:00:00Z, commit `abc1234`")
			.contains("\nA tiny run for the tests.\n")
			.contains("| WebFlux success path with the starter: Error Envelope (WebFlux) vs no library (WebFlux), "
					+ "≥ 0.98× throughput, p99 ≤ 1.05× | 0.993 (0.990–1.005, 4 rounds) | 0.99 / 1.00 | 1.01 | "
					+ "✅ met in every round |")
			.contains("| WebFlux 500 storm vs ProblemDetail: Error Envelope (WebFlux) vs Spring ProblemDetail "
					+ "(WebFlux), ≥ 5.00× throughput | 5.650 (5.200–6.000, 4 rounds) | 5.75 / 5.50 | 0.22 | "
					+ "✅ met in every round |")
			.contains("| WebFlux noise: the same app in two JVMs: no library (WebFlux), second JVM vs no library "
					+ "(WebFlux) | no data |  |  | not measured |")
			.contains("| 500 storm (`GET /orders/1/invoice`, `Mono.error`) | Spring ProblemDetail (WebFlux) | "
					+ "1000, 1000 ‖ 1000, 1000 | 1000 | 30.00 | 90.00 | 99 % | 3 |")
			.contains("1 of 2 warm-ups (app, scenario, generation) settled before their limit")
			.contains("Still warming at the limit: reactive-envelope on rsuccess (generation 1).")
			.contains("During the measured runs the servers' JIT compilers worked 20 ms per run (median, 10–90 ms)")
			.contains("the profile beside the raw file");
		assertThat(report.substring(report.indexOf("### Spring MVC"), report.indexOf("### Spring WebFlux")))
			.contains("| success path with the starter: Error Envelope vs no library, ≥ 0.98× throughput, "
					+ "p99 ≤ 1.05× | no data |  |  | not measured |");
		assertThat(report).doesNotContain("{{");
	}

	@Test
	void theEmptyBodyComparisonIsInformationalAndTheMissingBaselineIsNotMeasured() throws IOException {
		String report = regenerate();
		assertThat(report)
			.contains("| WebFlux `ResponseEntity` error with the starter: Error Envelope (WebFlux) vs no library "
					+ "(WebFlux), same envelope by hand, ≥ 0.98× throughput | no data |  |  | not measured |")
			.contains("| WebFlux `ResponseEntity` error, the envelope's bytes included: Error Envelope (WebFlux) vs "
					+ "no library (WebFlux) | 0.730 (0.700–0.740, 4 rounds) | 0.71 / 0.74 | 1.10 | (informational: "
					+ "the envelope's ~114 bytes and `x-request-id` against an empty body; the feature writes a body "
					+ "the plain app does not, so this row is the cost of those bytes, not a target) |")
			.contains("| `ResponseEntity` 404, no error signalled (`GET /orders/404/summary`) | "
					+ "Error Envelope (WebFlux) | 7200, 7000 ‖ 7400, 7400 | 7300 |")
			.doesNotContain("| no library (WebFlux), same envelope by hand |");
		assertThat(report.substring(report.indexOf("### Spring MVC"), report.indexOf("### Spring WebFlux")))
			.contains("| `ResponseEntity` error, the envelope's bytes included: Error Envelope vs no library | "
					+ "no data |  |  | not measured (informational: the envelope's ~114 bytes");
	}

	@Test
	void aVerdictTheGenerationsCannotDecideSaysSo() throws IOException {
		RawLines lines = new RawLines();
		double[] ratios = { 0.95, 0.96, 0.97, 0.975, 0.985, 0.99, 1.0, 1.01 };
		for (int g = 0; g < ratios.length; g++) {
			lines.generation(g + 1, g + 1, g + 1)
				.load(g + 1, "rsuccess", "reactive-plain", 1000, 10_000)
				.load(g + 1, "rsuccess", "reactive-envelope", 1000 * ratios[g], 10_000);
		}
		Path raw = this.directory.resolve("results-raw.tsv");
		Files.writeString(raw, lines.text());
		Path report = this.directory.resolve("RESULTS.md");
		ResultsReport.main(new String[] { raw.toString(), report.toString() });
		assertThat(Files.readString(report)).containsPattern("\\| 0\\.980 \\(0\\.950–1\\.010, 8 rounds\\) \\| .* \\| "
				+ "✅ met on the median \\(the JVM generations disagree\\) \\(undecided: the median's 95 % interval "
				+ "over the JVM generations, 0\\.9[0-9]{2}–[01]\\.[0-9]{3}, holds the target\\) \\|");
	}

	@Test
	void unknownSlotsBecomeQuestionMarks() throws IOException {
		assertThat(regenerate()).contains("load average ? at the start");
	}

	private String regenerate() throws IOException {
		Path raw = this.directory.resolve("results-raw.tsv");
		try (InputStream in = getClass().getResourceAsStream("tiny-raw.tsv")) {
			Files.copy(in, raw);
		}
		Files.writeString(this.directory.resolve("profile.md"), "the profile beside the raw file\n");
		Path report = this.directory.resolve("RESULTS.md");
		ResultsReport.main(new String[] { raw.toString(), report.toString() });
		return Files.readString(report);
	}

}
