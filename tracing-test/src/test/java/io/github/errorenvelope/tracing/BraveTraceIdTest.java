package io.github.errorenvelope.tracing;

/** The trace id as request id with Micrometer Tracing's Brave bridge. */
class BraveTraceIdTest extends RealTracerTraceIdTest {

	@Override
	String tracerClassName() {
		return "io.micrometer.tracing.brave.bridge.BraveTracer";
	}

}
