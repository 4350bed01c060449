package io.github.errorenvelope.benchmarks.jmh;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

/**
 * The WebFlux success path with the starter against the same app without it, both in one
 * JVM ({@link ReactivePipeline}), in alternating slices of a fixed time: the ratio of two
 * neighbouring slices' request counts is paired like the load test's rounds, so the
 * machine's drift cancels out, and the JIT compiles the framework's code for both apps
 * alike. Prints the median ratio with its quartiles, and the time the starter adds per
 * request. Usage: {@code java -cp benchmarks.jar
 * io.github.errorenvelope.benchmarks.jmh.ReactivePipelinePairs [pairs] [slice-ms]}
 * (default 200 pairs of 100 ms after 20 s of warm-up).
 */
public final class ReactivePipelinePairs {

	private static final int BATCH = 50;

	private static volatile MockServerHttpResponse sink;

	private ReactivePipelinePairs() {
	}

	/**
	 * Measure and print.
	 * @param args the number of pairs and the slice in milliseconds
	 */
	public static void main(String[] args) {
		int pairs = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		long sliceNanos = ((args.length > 1) ? Long.parseLong(args[1]) : 100) * 1_000_000;
		try (ReactivePipeline plain = ReactivePipeline.start(false);
				ReactivePipeline envelope = ReactivePipeline.start(true)) {
			for (int i = 0; i < 20; i++) {
				serve(plain, 500_000_000L);
				serve(envelope, 500_000_000L);
			}
			double[] ratios = new double[pairs];
			double[] addedNanos = new double[pairs];
			for (int i = 0; i < pairs; i++) {
				// alternate which goes first, as the load test's rounds do
				long plainCount;
				long envelopeCount;
				if (i % 2 == 0) {
					plainCount = serve(plain, sliceNanos);
					envelopeCount = serve(envelope, sliceNanos);
				}
				else {
					envelopeCount = serve(envelope, sliceNanos);
					plainCount = serve(plain, sliceNanos);
				}
				ratios[i] = (double) envelopeCount / plainCount;
				addedNanos[i] = (double) sliceNanos / envelopeCount - (double) sliceNanos / plainCount;
			}
			Arrays.sort(ratios);
			Arrays.sort(addedNanos);
			System.out.printf(Locale.ROOT,
					"envelope/plain throughput, %d pairs of %d ms: median %.3f (quartiles %.3f-%.3f); "
							+ "the starter adds %.0f ns per request (quartiles %.0f-%.0f)%n",
					pairs, sliceNanos / 1_000_000, ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4],
					addedNanos[pairs / 2], addedNanos[pairs / 4], addedNanos[3 * pairs / 4]);
		}
	}

	private static long serve(ReactivePipeline pipeline, long nanos) {
		long end = System.nanoTime() + nanos;
		long count = 0;
		while (System.nanoTime() < end) {
			for (int i = 0; i < BATCH; i++) {
				sink = pipeline.success();
			}
			count += BATCH;
		}
		return count;
	}

}
