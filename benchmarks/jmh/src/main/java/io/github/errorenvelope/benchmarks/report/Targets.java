package io.github.errorenvelope.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * What the benchmarks must show, as data: the load targets (an app against a reference on
 * one scenario, with the ratio it must reach), the JMH targets, and the names the report
 * prints.
 */
final class Targets {

	/**
	 * A load target: {@code app} against {@code reference} on one scenario, judged on the
	 * median of the per-round throughput ratios (and p99 ratios when {@code maxP99} is
	 * set); a NaN {@code minRatio} makes it an unjudged row, such as the noise row.
	 */
	record LoadTarget(String what, String scenario, String app, String reference, double minRatio, double maxP99) {
	}

	/** A JMH target over every style: mean ns/op and, when set, bytes per op. */
	record JmhTarget(String what, String benchmark, double maxNs, double maxBytes) {
	}

	static final Map<String, String> APPS = Map.of("plain", "no library", "plain-twin", "no library, second JVM",
			"envelope", "Error Envelope", "envelope-wrapped", "Error Envelope, success-envelope", "problemdetail",
			"Spring ProblemDetail", "wimdeblauwe", "wimdeblauwe");

	static final Map<String, String> SCENARIOS = Map.of("success", "200 JSON (`GET /orders/1`)", "entity404",
			"`ResponseEntity` 404, nothing thrown (`GET /orders/404/summary`)", "coded404",
			"coded 404 (`GET /orders/404`)", "coded409", "coded 409 (`POST /orders/2/cancel`)", "validation400",
			"validation 400, 3 violations (`POST /orders`)", "error500", "500 storm (`GET /orders/1/invoice`)");

	static final List<LoadTarget> LOAD_TARGETS = List.of(
			new LoadTarget("noise: the same app in two JVMs", "success", "plain-twin", "plain", Double.NaN, Double.NaN),
			new LoadTarget("success path with the starter", "success", "envelope", "plain", 0.98, 1.05),
			new LoadTarget("`ResponseEntity` error with the starter", "entity404", "envelope", "plain", 0.98, 1.05),
			new LoadTarget("`success-envelope` wrapping", "success", "envelope-wrapped", "envelope", 0.95, Double.NaN),
			new LoadTarget("coded 404 vs ProblemDetail", "coded404", "envelope", "problemdetail", 0.95, Double.NaN),
			new LoadTarget("coded 409 vs ProblemDetail", "coded409", "envelope", "problemdetail", 0.95, Double.NaN),
			new LoadTarget("validation 400 vs ProblemDetail", "validation400", "envelope", "problemdetail", 0.95,
					Double.NaN),
			new LoadTarget("500 storm vs ProblemDetail", "error500", "envelope", "problemdetail", 3.0, Double.NaN),
			new LoadTarget("coded 404 vs wimdeblauwe", "coded404", "envelope", "wimdeblauwe", 1.0, Double.NaN),
			new LoadTarget("coded 409 vs wimdeblauwe", "coded409", "envelope", "wimdeblauwe", 1.0, Double.NaN),
			new LoadTarget("validation 400 vs wimdeblauwe", "validation400", "envelope", "wimdeblauwe", 1.0,
					Double.NaN),
			new LoadTarget("500 storm vs wimdeblauwe", "error500", "envelope", "wimdeblauwe", 1.0, Double.NaN));

	static final List<JmhTarget> JMH_TARGETS = List.of(
			new JmhTarget("coded error, classify + render + serialize, every style",
					"ErrorRenderingBenchmark.codedError", 1000, 1024),
			new JmhTarget("10 violations, classify + render + serialize, every style",
					"ErrorRenderingBenchmark.validationError", 5000, Double.NaN));

	private Targets() {
	}

}
