package io.github.errorenvelope.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the raw benchmark data ({@code benchmarks/results-raw.tsv}) into
 * {@code benchmarks/RESULTS.md} in four steps: {@link RawData} (records for the runs),
 * {@link Statistics} (paired per-round ratios, noise rows, warm-up), {@link Verdicts}
 * (each row of the declarative {@link Targets} table judged) and {@link MarkdownReport}
 * (the template filled in). Regenerate with
 * {@code java -cp benchmarks/jmh/target/benchmarks.jar io.github.errorenvelope.benchmarks.report.ResultsReport
 * benchmarks/results-raw.tsv benchmarks/RESULTS.md}.
 */
public final class ResultsReport {

	private ResultsReport() {
	}

	/**
	 * Write RESULTS.md from the raw data; the profile summary is read from
	 * {@code profile.md} beside the raw file when there is one.
	 * @param args the raw TSV file and the Markdown file to write
	 * @throws IOException if a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: ResultsReport <results-raw.tsv> <RESULTS.md>");
			System.exit(2);
		}
		Path rawFile = Path.of(args[0]);
		RawData raw = RawData.parse(Files.readAllLines(rawFile));
		Path profile = rawFile.resolveSibling("profile.md");
		String profileText = Files.exists(profile) ? Files.readString(profile).strip() : "(no profile recorded)";
		Files.writeString(Path.of(args[1]), new MarkdownReport(new Statistics(raw)).render(profileText));
	}

}
