package io.github.errorenvelope.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

/**
 * The WebFlux success path in process ({@link ReactivePipeline}), without the starter and
 * with it, one app per fork. Its allocation per request ({@code -prof gc}) is exact; its
 * time per request moves with the machine from fork to fork, which
 * {@link ReactivePipelinePairs} measures against each other in one JVM instead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReactivePipelineBenchmark {

	/** Without the starter ({@code plain}), or with it ({@code envelope}). */
	@Param({ "plain", "envelope" })
	public String app;

	private ReactivePipeline pipeline;

	/** Start the app. */
	@Setup
	public void start() {
		this.pipeline = ReactivePipeline.start("envelope".equals(this.app));
	}

	/** Stop the app. */
	@TearDown
	public void stop() {
		this.pipeline.close();
	}

	/**
	 * One successful request through the whole handler.
	 * @return the response, so nothing is optimised away
	 */
	@Benchmark
	public MockServerHttpResponse success() {
		return this.pipeline.success();
	}

}
