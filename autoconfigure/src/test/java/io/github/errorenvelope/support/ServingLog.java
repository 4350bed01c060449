package io.github.errorenvelope.support;

import java.util.List;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks on what the server logged while it served requests (lines of its request
 * threads, and any stack trace), leaving aside what libraries log at startup. Tests that
 * use it start the {@code DispatcherServlet} with the server
 * ({@code spring.mvc.servlet.load-on-startup=1}).
 */
public final class ServingLog {

	private ServingLog() {
	}

	/**
	 * Nothing above {@code DEBUG} was logged while serving, and no stack trace at all.
	 */
	public static void assertNothingAboveDebug(CapturedOutput output) {
		List<String> lines = output.getAll().lines().toList();
		assertThat(lines).noneMatch((line) -> line.startsWith("\tat ") || line.startsWith("Caused by: "));
		assertThat(lines.stream().filter((line) -> line.contains("-exec-")))
			.noneMatch((line) -> line.contains(" ERROR ") || line.contains(" WARN ") || line.contains(" INFO "));
	}

}
