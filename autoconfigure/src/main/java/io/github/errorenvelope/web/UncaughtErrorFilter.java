package io.github.errorenvelope.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import io.github.errorenvelope.classify.PayloadTooLargeException;

import org.jspecify.annotations.Nullable;

/**
 * The servlet-level entry point, placed in front of every other filter but the request-id
 * filter (and so in front of Spring Security). It answers, through the same renderer as
 * the Spring MVC catch-all:
 * <ul>
 * <li>exceptions thrown by any later filter or servlet, before they reach the container
 * (so the container neither logs them a second time nor renders its own page);</li>
 * <li>the container's error dispatch to the error path ({@code sendError} from anywhere,
 * e.g. Spring Security's entry points and access-denied handlers), rendered here so that
 * no later filter — security included — can block the error page itself;</li>
 * <li>request bodies over {@code error-envelope.limits.max-body-size} (413);</li>
 * <li>error statuses set without a body ({@code setStatus(401)} from a bearer-token entry
 * point, {@code ResponseEntity.notFound().build()}), which get the envelope for their
 * status while keeping their headers (such as {@code WWW-Authenticate}).</li>
 * </ul>
 * A plain {@link HttpFilter} rather than a {@code OncePerRequestFilter}: it is registered
 * for request and error dispatches only and tells them apart by their dispatcher type (a
 * nested error dispatch included), so the already-filtered request attribute would cost
 * every request and buy nothing.
 */
public final class UncaughtErrorFilter extends HttpFilter {

	private final ServletErrorRenderer handler;

	private final @Nullable String errorPath;

	private final BodySizeLimit bodyLimit;

	/**
	 * Create the filter.
	 * @param handler the renderer
	 * @param errorPath the error page's path below the context path (the dispatcher
	 * servlet's path and {@code spring.web.error.path}, default {@code /error}) whose
	 * dispatches this filter renders, or {@code null} when the application has its own
	 * {@code ErrorController} there
	 * @param bodyLimit the request body size limit
	 */
	public UncaughtErrorFilter(ServletErrorRenderer handler, @Nullable String errorPath, BodySizeLimit bodyLimit) {
		this.handler = handler;
		this.errorPath = errorPath;
		this.bodyLimit = bodyLimit;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			renderErrorDispatch(request, response, chain);
			return;
		}
		PayloadTooLargeException tooLarge = this.bodyLimit.checkDeclared(request);
		if (tooLarge != null) {
			this.handler.handle(tooLarge, request, response);
			return;
		}
		TrackingResponse tracked = new TrackingResponse(response);
		try {
			chain.doFilter(this.bodyLimit.guard(request), tracked);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			this.handler.handle(ServletErrorRenderer.unwrapServletException(ex), request, response);
			return;
		}
		if (tracked.isBodilessError() && !response.isCommitted() && !request.isAsyncStarted()) {
			this.handler.handleStatus(response.getStatus(), request, response);
		}
	}

	private void renderErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isErrorPath(request)) {
			// an error page of the application's own (ErrorPageRegistrar): leave it to
			// its handler
			chain.doFilter(request, response);
			return;
		}
		this.handler.handleErrorDispatch(request, response, response.getStatus());
	}

	private boolean isErrorPath(HttpServletRequest request) {
		if (this.errorPath == null) {
			return false;
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		return uri != null && uri.equals(((contextPath != null) ? contextPath : "") + this.errorPath);
	}

	/**
	 * Notes whether anything asked to write a body or to send a container error, so an
	 * error status set without a body can be recognized after the chain returns.
	 */
	private static final class TrackingResponse extends HttpServletResponseWrapper {

		private boolean bodyRequested;

		private boolean errorSent;

		TrackingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyRequested = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyRequested = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.errorSent = true;
			super.sendError(sc, msg);
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.errorSent = true;
			super.sendError(sc);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			this.bodyRequested = true;
			super.sendRedirect(location);
		}

		boolean isBodilessError() {
			return !this.bodyRequested && !this.errorSent && getStatus() >= 400;
		}

	}

}
