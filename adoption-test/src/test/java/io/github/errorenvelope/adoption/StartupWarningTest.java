package io.github.errorenvelope.adoption;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting the existing service with the starter added says, in one WARN line, that its
 * {@code Exception} catch-all shadows the envelope for framework errors and how to
 * resolve it; the line goes away when the team decides (envelope-first) or silences it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupWarningTest {

	private static List<String> startAndCollectWarnings(CapturedOutput output, String... properties) {
		String[] all = new String[properties.length + 1];
		all[0] = "server.port=0";
		System.arraycopy(properties, 0, all, 1, properties.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ExistingServiceApplication.class)
			.properties(all)
			.run()) {
			assertThat(context.isRunning()).isTrue();
		}
		return output.getOut()
			.lines()
			.filter(line -> line.contains("WARN") && line.contains("Error Envelope:"))
			.toList();
	}

	@Test
	void oneWarningNamesTheCatchAllAndTheWayOut(CapturedOutput output) {
		List<String> warnings = startAndCollectWarnings(output);
		assertThat(warnings).singleElement()
			.asString()
			.contains("ApiExceptionHandler.unexpected(Exception)")
			.contains("405")
			.contains("error-envelope.precedence=envelope-first")
			.contains("\"Adopting in an existing service\"")
			.contains("error-envelope.adoption.warn-shadowing=false")
			.doesNotContain("ownerNotFound");
	}

	@Test
	void silencedByTheProperty(CapturedOutput output) {
		assertThat(startAndCollectWarnings(output, "error-envelope.adoption.warn-shadowing=false")).isEmpty();
	}

	@Test
	void noWarningOnceTheEnvelopeAnswersFrameworkErrors(CapturedOutput output) {
		assertThat(startAndCollectWarnings(output, "error-envelope.precedence=envelope-first")).isEmpty();
	}

}
