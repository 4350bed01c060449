package io.github.errorenvelope.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.web.cors.CorsUtils;

/**
 * Gives every request an id before anything else runs: sets the response header (success
 * and error alike), keeps the id in a request attribute and puts it in the SLF4J MDC for
 * the request's whole life — async and error dispatches included — restoring the MDC
 * afterwards.
 * <p>
 * A plain {@link HttpFilter} rather than a {@code OncePerRequestFilter}: it does the same
 * on every dispatch it is registered for (request, async, error — nested error dispatches
 * included), so the already-filtered request attribute, set and removed on every request
 * and each time notifying the container's attribute listeners, would buy nothing.
 */
public final class RequestIdFilter extends HttpFilter {

	/** The MDC key of the trace id (the one Micrometer Tracing uses). */
	static final String TRACE_ID_KEY = "traceId";

	private final RequestIds requestIds;

	private final String mdcKey;

	private final boolean exposeToCors;

	/**
	 * Create the filter; the id header is exposed to cross-origin scripts.
	 * @param requestIds the id policy
	 * @param mdcKey the MDC key
	 */
	public RequestIdFilter(RequestIds requestIds, String mdcKey) {
		this(requestIds, mdcKey, true);
	}

	/**
	 * Create the filter.
	 * @param requestIds the id policy
	 * @param mdcKey the MDC key
	 * @param exposeToCors whether admitted cross-origin responses list the id header in
	 * {@code Access-Control-Expose-Headers}
	 */
	public RequestIdFilter(RequestIds requestIds, String mdcKey, boolean exposeToCors) {
		this.requestIds = requestIds;
		this.mdcKey = mdcKey;
		this.exposeToCors = exposeToCors;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = this.requestIds.of(request);
		if (!response.isCommitted()) {
			response.setHeader(this.requestIds.header(), id);
		}
		String previous = MDC.get(this.mdcKey);
		MDC.put(this.mdcKey, id);
		boolean traceIdAdded = addTraceId();
		try {
			chain.doFilter(request, (this.exposeToCors && CorsUtils.isCorsRequest(request))
					? new CorsExposedRequestIdResponse(response, this.requestIds.header()) : response);
		}
		finally {
			if (previous != null) {
				MDC.put(this.mdcKey, previous);
			}
			else {
				MDC.remove(this.mdcKey);
			}
			if (traceIdAdded) {
				MDC.remove(TRACE_ID_KEY);
			}
		}
	}

	/**
	 * Put the trace id beside the request id when tracing is on and the tracer did not
	 * already.
	 */
	private boolean addTraceId() {
		TraceIdSource traceIds = this.requestIds.traceIds();
		if (traceIds == null || MDC.get(TRACE_ID_KEY) != null) {
			return false;
		}
		String traceId = traceIds.currentTraceId();
		if (traceId == null) {
			return false;
		}
		MDC.put(TRACE_ID_KEY, traceId);
		return true;
	}

}
