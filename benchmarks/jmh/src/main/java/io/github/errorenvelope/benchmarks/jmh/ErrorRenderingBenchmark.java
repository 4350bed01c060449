package io.github.errorenvelope.benchmarks.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import io.github.errorenvelope.ApiError;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classify + render (+ serialize and hand the body to the response's stream, here one
 * that discards it) per built-in style, for a coded domain error and for a validation
 * error with ten field violations. The {@code *Tree} variants stop at the body tree, so
 * the serializer's share can be read off. Run with {@code -prof gc} for bytes allocated
 * per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ErrorRenderingBenchmark {

	/** The style, as in {@code error-envelope.style}. */
	@Param({ "claid", "success-envelope", "nested-error", "flat", "status-object", "problem-detail" })
	public String style;

	private EnvelopePipeline codedPipeline;

	private EnvelopePipeline validationPipeline;

	private Throwable coded;

	private Throwable validation;

	/** Stands in for the response's output stream: reused, it keeps nothing. */
	private final OutputStream response = OutputStream.nullOutputStream();

	/**
	 * Build the pipelines and exceptions once, and check they classify as the benchmark
	 * claims.
	 */
	@Setup
	public void setUp() {
		this.codedPipeline = EnvelopePipeline.forStyle(this.style, "GET", "/orders/404");
		this.validationPipeline = EnvelopePipeline.forStyle(this.style, "POST", "/signup");
		this.coded = Fixtures.codedError();
		this.validation = Fixtures.tenViolations();
		ApiError codedError = this.codedPipeline.classify(this.coded);
		check(codedError.getStatus() == 404 && codedError.getDetails().containsKey("order_id"),
				"coded error: " + codedError);
		ApiError validationError = this.validationPipeline.classify(this.validation);
		check(validationError.getStatus() == 400 && validationError.getViolations().size() == Fixtures.VIOLATIONS,
				"validation error: " + validationError);
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("Benchmark fixture does not classify as expected: " + what);
		}
	}

	/**
	 * A coded 404 with one detail, to the response's stream.
	 * @return the body's length
	 * @throws IOException never in practice
	 */
	@Benchmark
	public int codedError() throws IOException {
		return this.codedPipeline.write(this.coded, this.response);
	}

	/**
	 * A coded 404 with one detail, to the body tree only.
	 * @return the tree
	 */
	@Benchmark
	public Object codedErrorTree() {
		return this.codedPipeline.render(this.coded);
	}

	/**
	 * Ten field violations of a request body, to the response's stream.
	 * @return the body's length
	 * @throws IOException never in practice
	 */
	@Benchmark
	public int validationError() throws IOException {
		return this.validationPipeline.write(this.validation, this.response);
	}

	/**
	 * Ten field violations of a request body, to the body tree only.
	 * @return the tree
	 */
	@Benchmark
	public Object validationErrorTree() {
		return this.validationPipeline.render(this.validation);
	}

}
