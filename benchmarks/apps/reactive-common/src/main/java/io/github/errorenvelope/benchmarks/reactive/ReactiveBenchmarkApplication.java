package io.github.errorenvelope.benchmarks.reactive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one main class of every reactive benchmarked app (Spring WebFlux on Reactor Netty);
 * the apps differ only in what their module puts on the classpath (nothing, a
 * ProblemDetail handler, or Error Envelope).
 */
@SpringBootApplication
public class ReactiveBenchmarkApplication {

	/**
	 * Start the app.
	 * @param args command-line arguments (port, address and properties come from
	 * {@code run.sh})
	 */
	public static void main(String[] args) {
		SpringApplication.run(ReactiveBenchmarkApplication.class, args);
	}

}
