package io.github.errorenvelope.benchmarks.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run.sh} with {@code EXTEND=1} refuses to pool its rounds with a raw file's
 * unless that file was measured on the code in the tree, before it builds or measures
 * anything and without touching the file.
 */
class ExtendRefusalTests {

	private static final Path RUN_SH = Path.of("..", "run.sh");

	@TempDir
	Path directory;

	@Test
	void aRawFileMeasuredWithUncommittedChangesIsNotExtended() throws Exception {
		assertRefused("abc1234 (with uncommitted changes)");
	}

	@Test
	void aRawFileWithoutACommitIsNotExtended() throws Exception {
		assertRefused(null);
	}

	@Test
	void aRawFileOfACommitGitDoesNotKnowIsNotExtended() throws Exception {
		assertRefused("0000000");
	}

	private void assertRefused(String commit) throws IOException, InterruptedException {
		Path raw = this.directory.resolve("results-raw.tsv");
		String text = ((commit != null) ? "env\tcommit\t" + commit + "\n" : "")
				+ "generation\t1\t1\t1\trsuccess\nload\t1\trsuccess\treactive-plain\t100\t1\t2\t90\t0\n";
		Files.writeString(raw, text);
		Process process = runScript(raw);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isEqualTo(1);
		assertThat(output).contains("ERROR: EXTEND=1 pools rounds of the same code only")
			.doesNotContain("building")
			.doesNotContain("HTTP:");
		assertThat(Files.readString(raw)).isEqualTo(text);
		assertThat(this.directory.resolve("RESULTS.md")).doesNotExist();
	}

	/**
	 * The script with the load tools it looks for stubbed: the refusal must come before
	 * any of them would run.
	 */
	private Process runScript(Path raw) throws IOException {
		Path bin = Files.createDirectories(this.directory.resolve("bin"));
		for (String tool : List.of("wrk", "curl", "taskset", "jstat")) {
			Path stub = bin.resolve(tool);
			Files.writeString(stub, "#!/bin/sh\nexit 0\n");
			Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		ProcessBuilder builder = new ProcessBuilder("bash", RUN_SH.toString()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("PATH", bin + ":" + System.getenv("PATH"));
		env.putAll(Map.of("EXTEND", "1", "ONLY_SCENARIOS", "rsuccess", "SKIP_JMH", "1", "RAW_FILE", raw.toString(),
				"REPORT_FILE", this.directory.resolve("RESULTS.md").toString()));
		return builder.start();
	}

}
