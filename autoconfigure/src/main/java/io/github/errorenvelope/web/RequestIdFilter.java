package io.github.errorenvelope.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id before anything else runs: sets the response header (success and error
 * alike), keeps the id in a request attribute and puts it in the SLF4J MDC for the request's whole
 * life — async and error dispatches included — restoring the MDC afterwards.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	private final RequestIds requestIds;

	private final String mdcKey;

	/**
	 * Create the filter.
	 * @param requestIds the id policy
	 * @param mdcKey the MDC key
	 */
	public RequestIdFilter(RequestIds requestIds, String mdcKey) {
		this.requestIds = requestIds;
		this.mdcKey = mdcKey;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = this.requestIds.of(request);
		if (!response.isCommitted()) {
			response.setHeader(this.requestIds.header(), id);
		}
		String previous = MDC.get(this.mdcKey);
		MDC.put(this.mdcKey, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous != null) {
				MDC.put(this.mdcKey, previous);
			}
			else {
				MDC.remove(this.mdcKey);
			}
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		// the error dispatch runs after the first pass has cleared the MDC; put the same id back
		doFilterInternal(request, response, chain);
	}

}
