package io.github.errorenvelope.reactive;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Whether a reactive request can carry a body, from its framing alone, so per-request
 * work that only a body needs is skipped for the bodiless ones (most {@code GET}s).
 */
final class RequestBodies {

	private RequestBodies() {
	}

	/**
	 * Whether a request can carry a body: a positive {@code Content-Length}, or none and
	 * a body the framing allows without one.
	 * @param request the request
	 * @return {@code false} only when the request is known to have no body
	 */
	static boolean mayHaveBody(ServerHttpRequest request) {
		long declared = request.getHeaders().getContentLength();
		return (declared >= 0) ? declared > 0 : mayHaveUndeclaredBody(request);
	}

	/**
	 * Whether a request without {@code Content-Length} can carry a body: over HTTP/1.x
	 * only a chunked one (RFC 9112 §6.3: without either header the body is empty); HTTP/2
	 * and later frame bodies without either header, and so may requests on servers whose
	 * protocol is not known here.
	 * @param request the request
	 * @return {@code false} only when the request is known to have no body
	 */
	static boolean mayHaveUndeclaredBody(ServerHttpRequest request) {
		return !ReactorNettyConnection.isHttp1(request)
				|| request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

}
