package io.github.errorenvelope.benchmarks.jmh;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.util.ClassUtils;

/**
 * The WebFlux success path with the starter against the same app without it, both in one
 * JVM ({@link ReactivePipeline}), in alternating slices of a fixed time: the ratio of two
 * neighbouring slices' request counts is paired like the load test's rounds, so the
 * machine's drift cancels out. Each app is loaded, framework and all, by a class loader
 * of its own, so the JIT profiles and compiles each app's copy of Spring and Reactor
 * apart, as in two JVMs: what the starter's types do to the framework's call sites shows.
 * Prints the median ratio with its quartiles, and the time the starter adds per request.
 * Each run of an app is one JIT outcome, so several generations (both apps loaded afresh
 * each time) give a steadier median. Usage: {@code java -cp benchmarks.jar
 * io.github.errorenvelope.benchmarks.jmh.ReactivePipelinePairs [pairs] [slice-ms] [generations]}
 * (default one generation of 200 pairs of 100 ms after 20 s of warm-up).
 */
public final class ReactivePipelinePairs {

	private ReactivePipelinePairs() {
	}

	/**
	 * Measure and print.
	 * @param args the number of pairs and the slice in milliseconds
	 * @throws Exception when an app does not start
	 */
	public static void main(String[] args) throws Exception {
		int pairs = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		long sliceNanos = ((args.length > 1) ? Long.parseLong(args[1]) : 100) * 1_000_000;
		int generations = (args.length > 2) ? Integer.parseInt(args[2]) : 1;
		double[] ratios = new double[pairs * generations];
		double[] addedNanos = new double[pairs * generations];
		for (int generation = 0; generation < generations; generation++) {
			int from = generation * pairs;
			measure(pairs, sliceNanos, ratios, addedNanos, from);
			if (generations > 1) {
				double[] own = Arrays.copyOfRange(ratios, from, from + pairs);
				Arrays.sort(own);
				System.out.printf(Locale.ROOT, "generation %d: median %.3f%n", generation + 1, own[pairs / 2]);
			}
		}
		Arrays.sort(ratios);
		Arrays.sort(addedNanos);
		int all = ratios.length;
		System.out.printf(Locale.ROOT,
				"envelope/plain throughput, %d pairs of %d ms in %d generation(s): median %.3f (quartiles %.3f-%.3f); "
						+ "the starter adds %.0f ns per request (quartiles %.0f-%.0f)%n",
				all, sliceNanos / 1_000_000, generations, ratios[all / 2], ratios[all / 4], ratios[3 * all / 4],
				addedNanos[all / 2], addedNanos[all / 4], addedNanos[3 * all / 4]);
	}

	/**
	 * One generation: both apps loaded afresh (so each gets a JIT outcome of its own),
	 * warmed up, then measured in alternating slices.
	 */
	private static void measure(int pairs, long sliceNanos, double[] ratios, double[] addedNanos, int from)
			throws Exception {
		try (IsolatedApp plain = new IsolatedApp(false); IsolatedApp envelope = new IsolatedApp(true)) {
			for (int i = 0; i < 20; i++) {
				plain.serveFor(500_000_000L);
				envelope.serveFor(500_000_000L);
			}
			for (int i = 0; i < pairs; i++) {
				// alternate which goes first, as the load test's rounds do
				long plainCount;
				long envelopeCount;
				if (i % 2 == 0) {
					plainCount = plain.serveFor(sliceNanos);
					envelopeCount = envelope.serveFor(sliceNanos);
				}
				else {
					envelopeCount = envelope.serveFor(sliceNanos);
					plainCount = plain.serveFor(sliceNanos);
				}
				ratios[from + i] = (double) envelopeCount / plainCount;
				addedNanos[from + i] = (double) sliceNanos / envelopeCount - (double) sliceNanos / plainCount;
			}
		}
	}

	/**
	 * One {@link ReactivePipeline} in a class loader of its own over this jar, with the
	 * platform's classes as its only parent. Spring looks its resources up through the
	 * thread's context class loader, which is the app's own while it starts and serves.
	 */
	private static final class IsolatedApp implements AutoCloseable {

		private final URLClassLoader loader;

		private final Object pipeline;

		private final Method serveFor;

		private final Method close;

		IsolatedApp(boolean envelope) throws Exception {
			URL jar = ReactivePipelinePairs.class.getProtectionDomain().getCodeSource().getLocation();
			this.loader = new URLClassLoader(new URL[] { jar }, ClassLoader.getPlatformClassLoader());
			Class<?> type = Class.forName(ReactivePipeline.class.getName(), true, this.loader);
			Method start = type.getDeclaredMethod("start", boolean.class);
			this.serveFor = type.getDeclaredMethod("serveFor", long.class);
			this.close = type.getDeclaredMethod("close");
			start.setAccessible(true);
			this.serveFor.setAccessible(true);
			this.close.setAccessible(true);
			this.pipeline = inLoader(() -> start.invoke(null, envelope));
		}

		long serveFor(long nanos) throws Exception {
			return (Long) inLoader(() -> this.serveFor.invoke(this.pipeline, nanos));
		}

		@Override
		public void close() throws Exception {
			inLoader(() -> this.close.invoke(this.pipeline));
			this.loader.close();
		}

		private <T> T inLoader(Callable<T> call) throws Exception {
			ClassLoader previous = ClassUtils.overrideThreadContextClassLoader(this.loader);
			try {
				return call.call();
			}
			finally {
				ClassUtils.overrideThreadContextClassLoader(previous);
			}
		}

	}

}
