package io.github.errorenvelope.tracing;

import io.github.errorenvelope.web.TraceIdSource;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** Reads the current trace id from Micrometer Tracing's {@link Tracer}. */
public final class MicrometerTraceIdSource implements TraceIdSource {

	private final ObjectProvider<Tracer> tracer;

	/**
	 * Create the source.
	 * @param tracer the tracer, looked up on use
	 */
	public MicrometerTraceIdSource(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	@Override
	public @Nullable String currentTraceId() {
		Tracer current = this.tracer.getIfUnique();
		Span span = (current != null) ? current.currentSpan() : null;
		String traceId = (span != null) ? span.context().traceId() : null;
		// a no-op tracer answers with an empty id
		return (traceId != null && !traceId.isEmpty()) ? traceId : null;
	}

}
