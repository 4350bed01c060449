package io.github.errorenvelope.benchmarks.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one main class of every benchmarked app; the apps differ only in what their module
 * puts on the classpath (nothing, a ProblemDetail handler, Error Envelope, or
 * wimdeblauwe's starter).
 */
@SpringBootApplication
public class BenchmarkApplication {

	/**
	 * Start the app.
	 * @param args command-line arguments (port, address and properties come from
	 * {@code run.sh})
	 */
	public static void main(String[] args) {
		SpringApplication.run(BenchmarkApplication.class, args);
	}

}
