package io.github.errorenvelope.web;

import org.jspecify.annotations.Nullable;

/**
 * Supplies the current trace id, so the request id can be the trace id
 * ({@code error-envelope.request-id.use-trace-id=true}) and logs, traces and error bodies
 * share one handle.
 */
@FunctionalInterface
public interface TraceIdSource {

	/**
	 * The trace id of the current request's span.
	 * @return the trace id, or {@code null} when no trace is active
	 */
	@Nullable String currentTraceId();

}
