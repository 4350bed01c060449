package io.github.errorenvelope.benchmarks.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmarks must show, as data: the scenarios and apps by the names the report
 * prints, one row per load target (scenario, app, baseline, throughput threshold, p99
 * rule, wording), and the JMH targets.
 */
final class Targets {

	/** The web stack a scenario runs on; each stack has its own noise row. */
	enum Stack {

		/** Spring MVC on Tomcat. */
		MVC,

		/** Spring WebFlux on Reactor Netty. */
		REACTIVE

	}

	/**
	 * A load scenario.
	 *
	 * @param key the key {@code run.sh} records
	 * @param stack the stack its apps run on
	 * @param label what the report calls it
	 */
	record Scenario(String key, Stack stack, String label) {
	}

	/**
	 * A load target: {@code app} against {@code baseline} on one scenario, judged on the
	 * median of the paired per-round throughput ratios, which must reach
	 * {@code minRatio}, and, when {@code maxP99} is set, on the median p99 ratio. The
	 * noise row has no threshold: it shows the measurement's own spread. An informational
	 * row has none either: its apps do different work, so its ratio is shown for scale
	 * with the reason it is not judged.
	 *
	 * @param scenario the scenario key
	 * @param app the measured app
	 * @param baseline the app it is divided by, round by round
	 * @param minRatio the lowest acceptable median throughput ratio, {@link #NOISE} for
	 * the noise row and informational rows
	 * @param maxP99 the highest acceptable median p99 ratio, {@link #ANY_P99} for none
	 * @param wording what the target is, in the report's words
	 * @param informational why the row is shown but not judged, null for a target or the
	 * noise row
	 */
	record LoadTarget(String scenario, String app, String baseline, double minRatio, double maxP99, String wording,
			String informational) {

		LoadTarget(String scenario, String app, String baseline, double minRatio, double maxP99, String wording) {
			this(scenario, app, baseline, minRatio, maxP99, wording, null);
		}

		/**
		 * A row shown for scale, without a threshold.
		 * @param scenario the scenario key
		 * @param app the measured app
		 * @param baseline the app it is divided by
		 * @param wording what the row compares
		 * @param why why it is not judged, as the verdict column says it
		 * @return the row
		 */
		static LoadTarget informational(String scenario, String app, String baseline, String wording, String why) {
			return new LoadTarget(scenario, app, baseline, NOISE, ANY_P99, wording, why);
		}

		boolean isNoise() {
			return Double.isNaN(this.minRatio) && !isInformational();
		}

		boolean isInformational() {
			return this.informational != null;
		}

		boolean isJudged() {
			return !Double.isNaN(this.minRatio);
		}

		boolean hasP99Rule() {
			return !Double.isNaN(this.maxP99);
		}

	}

	/**
	 * A JMH target over every style: the slowest style's mean and, when set, the most
	 * allocating style's bytes per op.
	 *
	 * @param benchmark {@code Class.method}
	 * @param maxNs the mean time every style must stay under
	 * @param maxBytes the allocation every style must stay under, NaN for none
	 * @param wording what the target is
	 */
	record JmhTarget(String benchmark, double maxNs, double maxBytes, String wording) {
	}

	/**
	 * The {@code minRatio} of a row without a threshold: the noise row, informational
	 * rows.
	 */
	static final double NOISE = Double.NaN;

	/** The {@code maxP99} of a target without a latency rule. */
	static final double ANY_P99 = Double.NaN;

	/**
	 * Why the {@code ResponseEntity} 404 against the plain app's empty body is not a
	 * target: the starter writes a body there on purpose.
	 */
	private static final String ENVELOPE_BYTES = "the envelope's ~114 bytes and `x-request-id` against an empty "
			+ "body; the feature writes a body the plain app does not, so this row is the cost of those bytes, not a target";

	static final List<Scenario> SCENARIOS = List.of(new Scenario("success", Stack.MVC, "200 JSON (`GET /orders/1`)"),
			new Scenario("entity404", Stack.MVC, "`ResponseEntity` 404, nothing thrown (`GET /orders/404/summary`)"),
			new Scenario("coded404", Stack.MVC, "coded 404 (`GET /orders/404`)"),
			new Scenario("coded409", Stack.MVC, "coded 409 (`POST /orders/2/cancel`)"),
			new Scenario("validation400", Stack.MVC, "validation 400, 3 violations (`POST /orders`)"),
			new Scenario("error500", Stack.MVC, "500 storm (`GET /orders/1/invoice`)"),
			new Scenario("rsuccess", Stack.REACTIVE, "200 JSON (`GET /orders/1`)"),
			new Scenario("rentity404", Stack.REACTIVE,
					"`ResponseEntity` 404, no error signalled (`GET /orders/404/summary`)"),
			new Scenario("rcoded404", Stack.REACTIVE, "coded 404 (`GET /orders/404`, `Mono.error`)"),
			new Scenario("rcoded409", Stack.REACTIVE, "coded 409 (`POST /orders/2/cancel`, `Mono.error`)"),
			new Scenario("rvalidation400", Stack.REACTIVE, "validation 400, 3 violations (`POST /orders`)"),
			new Scenario("rerror500", Stack.REACTIVE, "500 storm (`GET /orders/1/invoice`, `Mono.error`)"));

	/** The apps in the order the per-round tables list them, with their printed names. */
	static final Map<String, String> APPS = orderedMap("plain", "no library", "plain-twin", "no library, second JVM",
			"plain-handwritten", "no library, same envelope by hand", "envelope", "Error Envelope", "envelope-wrapped",
			"Error Envelope, success-envelope", "problemdetail", "Spring ProblemDetail", "wimdeblauwe", "wimdeblauwe",
			"reactive-plain", "no library (WebFlux)", "reactive-plain-twin", "no library (WebFlux), second JVM",
			"reactive-plain-handwritten", "no library (WebFlux), same envelope by hand", "reactive-envelope",
			"Error Envelope (WebFlux)", "reactive-problemdetail", "Spring ProblemDetail (WebFlux)");

	static final List<LoadTarget> LOAD_TARGETS = List.of(
			// Spring MVC (issue 18)
			new LoadTarget("success", "plain-twin", "plain", NOISE, ANY_P99, "noise: the same app in two JVMs"),
			new LoadTarget("success", "envelope", "plain", 0.98, 1.05, "success path with the starter"),
			new LoadTarget("entity404", "envelope", "plain-handwritten", 0.98, 1.05,
					"`ResponseEntity` error with the starter"),
			LoadTarget.informational("entity404", "envelope", "plain",
					"`ResponseEntity` error, the envelope's bytes included", ENVELOPE_BYTES),
			new LoadTarget("success", "envelope-wrapped", "envelope", 0.95, ANY_P99, "`success-envelope` wrapping"),
			new LoadTarget("coded404", "envelope", "problemdetail", 0.95, ANY_P99, "coded 404 vs ProblemDetail"),
			new LoadTarget("coded409", "envelope", "problemdetail", 0.95, ANY_P99, "coded 409 vs ProblemDetail"),
			new LoadTarget("validation400", "envelope", "problemdetail", 0.95, ANY_P99,
					"validation 400 vs ProblemDetail"),
			new LoadTarget("error500", "envelope", "problemdetail", 3.0, ANY_P99, "500 storm vs ProblemDetail"),
			new LoadTarget("coded404", "envelope", "wimdeblauwe", 1.0, ANY_P99, "coded 404 vs wimdeblauwe"),
			new LoadTarget("coded409", "envelope", "wimdeblauwe", 1.0, ANY_P99, "coded 409 vs wimdeblauwe"),
			new LoadTarget("validation400", "envelope", "wimdeblauwe", 1.0, ANY_P99, "validation 400 vs wimdeblauwe"),
			new LoadTarget("error500", "envelope", "wimdeblauwe", 1.0, ANY_P99, "500 storm vs wimdeblauwe"),
			// Spring WebFlux (issue 17)
			new LoadTarget("rsuccess", "reactive-plain-twin", "reactive-plain", NOISE, ANY_P99,
					"WebFlux noise: the same app in two JVMs"),
			new LoadTarget("rsuccess", "reactive-envelope", "reactive-plain", 0.98, 1.05,
					"WebFlux success path with the starter"),
			new LoadTarget("rentity404", "reactive-envelope", "reactive-plain-handwritten", 0.98, ANY_P99,
					"WebFlux `ResponseEntity` error with the starter"),
			LoadTarget.informational("rentity404", "reactive-envelope", "reactive-plain",
					"WebFlux `ResponseEntity` error, the envelope's bytes included", ENVELOPE_BYTES),
			new LoadTarget("rcoded404", "reactive-envelope", "reactive-problemdetail", 1.1, ANY_P99,
					"WebFlux coded 404 vs ProblemDetail"),
			new LoadTarget("rcoded409", "reactive-envelope", "reactive-problemdetail", 1.1, ANY_P99,
					"WebFlux coded 409 vs ProblemDetail"),
			new LoadTarget("rvalidation400", "reactive-envelope", "reactive-problemdetail", 1.0, ANY_P99,
					"WebFlux validation 400 vs ProblemDetail"),
			new LoadTarget("rerror500", "reactive-envelope", "reactive-problemdetail", 5.0, ANY_P99,
					"WebFlux 500 storm vs ProblemDetail"));

	static final List<JmhTarget> JMH_TARGETS = List.of(
			new JmhTarget("ErrorRenderingBenchmark.codedError", 1000, 1024,
					"coded error, classify + render + serialize, every style"),
			new JmhTarget("ErrorRenderingBenchmark.validationError", 5000, Double.NaN,
					"10 violations, classify + render + serialize, every style"));

	private Targets() {
	}

	static Scenario scenario(String key) {
		return SCENARIOS.stream().filter((s) -> s.key().equals(key)).findFirst().orElseThrow();
	}

	static Stack stack(LoadTarget target) {
		return scenario(target.scenario()).stack();
	}

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

}
