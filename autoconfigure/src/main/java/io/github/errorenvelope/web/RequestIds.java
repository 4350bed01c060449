package io.github.errorenvelope.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * Decides a servlet request's id with the shared {@link RequestIdPolicy} and keeps it in
 * a request attribute for the request's whole life, error dispatch included.
 */
public final class RequestIds extends RequestIdPolicy {

	/** The request attribute holding the id. */
	public static final String ATTRIBUTE = RequestIds.class.getName() + ".ID";

	/**
	 * Create the policy.
	 * @param header the request and response header name
	 * @param trustIncoming whether a valid incoming id is reused
	 */
	public RequestIds(String header, boolean trustIncoming) {
		this(header, trustIncoming, null);
	}

	/**
	 * Create the policy.
	 * @param header the request and response header name
	 * @param trustIncoming whether a valid incoming id is reused
	 * @param traceIds when not {@code null}, the current trace id (if any) is the request
	 * id
	 */
	public RequestIds(String header, boolean trustIncoming, @Nullable TraceIdSource traceIds) {
		super(header, trustIncoming, traceIds);
	}

	/**
	 * The id of a request, decided once and remembered in a request attribute.
	 * @param request the request
	 * @return the id
	 */
	public String of(HttpServletRequest request) {
		Object known = request.getAttribute(ATTRIBUTE);
		if (known instanceof String id) {
			return id;
		}
		String id = decideForRequest(request.getHeader(header()));
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

}
