package io.github.errorenvelope.tracing;

/**
 * The trace id as request id with Micrometer Tracing's OpenTelemetry bridge (Spring
 * Boot's OpenTelemetry starter).
 */
class OpenTelemetryTraceIdTest extends RealTracerTraceIdTest {

	@Override
	String tracerClassName() {
		return "io.micrometer.tracing.otel.bridge.OtelTracer";
	}

}
