package io.github.errorenvelope.benchmarks.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code benchmarks/scripts/earlier-rows.awk}: which rows of the previous raw file a run
 * of {@code run.sh} keeps, and with which generations.
 */
class EarlierRowsTests {

	private static final Path SCRIPT = Path.of("..", "scripts", "earlier-rows.awk");

	/**
	 * A raw file after a run of rsuccess alone that kept an older run's rcoded404 rows,
	 * whose generation rows named no scenarios.
	 */
	private static final List<String> RAW = List.of("# comment", "env\tcommit\tabc1234",
			"generation\t1\t1\t2\trsuccess", "generation\t2\t3\t4\trsuccess", "generation\t1\t1\t3\t",
			"warmup\t1\trsuccess\treactive-plain\t12\t1\t10", "load\t1\trsuccess\treactive-plain\t100\t1\t2\t90\t0",
			"load\t4\trsuccess\treactive-plain\t100\t1\t2\t90\t0",
			"load\t3\trcoded404\treactive-envelope\t100\t1\t2\t90\t0");

	@TempDir
	Path directory;

	@Test
	void aRunKeepsTheOtherScenariosRowsWithTheGenerationsTheyRanIn() throws Exception {
		assertThat(run(" rsuccess ", 0, false)).containsExactly("generation\t1\t1\t3\trcoded404",
				"load\t3\trcoded404\treactive-envelope\t100\t1\t2\t90\t0");
	}

	@Test
	void anExtendingRunAlsoKeepsTheRowsOfItsOwnScenarios() throws Exception {
		assertThat(run(" rsuccess ", 1, false)).containsExactly("generation\t1\t1\t2\trsuccess",
				"generation\t2\t3\t4\trsuccess", "generation\t1\t1\t3\trsuccess rcoded404",
				"warmup\t1\trsuccess\treactive-plain\t12\t1\t10", "load\t1\trsuccess\treactive-plain\t100\t1\t2\t90\t0",
				"load\t4\trsuccess\treactive-plain\t100\t1\t2\t90\t0",
				"load\t3\trcoded404\treactive-envelope\t100\t1\t2\t90\t0");
	}

	@Test
	void anExtendingRunNumbersItsRoundsAndGenerationsAfterItsScenariosLastOnes() throws Exception {
		assertThat(run(" rsuccess ", 1, true)).containsExactly("4 2");
		assertThat(run(" rcoded404 ", 1, true)).containsExactly("3 1");
		assertThat(run(" rsuccess ", 0, true)).containsExactly("0 0");
	}

	private List<String> run(String chosen, int extend, boolean bases) throws IOException, InterruptedException {
		Path raw = this.directory.resolve("results-raw.tsv");
		Files.write(raw, RAW);
		List<String> command = new ArrayList<>(List.of("awk", "-v", "chosen=" + chosen, "-v", "extend=" + extend));
		if (bases) {
			command.addAll(List.of("-v", "bases=1"));
		}
		command.addAll(List.of("-f", SCRIPT.toString(), raw.toString(), raw.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output.lines().toList();
	}

}
