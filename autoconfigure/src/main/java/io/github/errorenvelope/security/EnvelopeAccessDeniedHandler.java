package io.github.errorenvelope.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.web.ServletErrorRenderer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * An {@link AccessDeniedHandler} that answers 403 with the envelope directly, for
 * applications that wire their handler explicitly:
 * {@code http.exceptionHandling(e -> e.accessDeniedHandler(handler))}.
 */
public final class EnvelopeAccessDeniedHandler implements AccessDeniedHandler {

	private final ServletErrorRenderer handler;

	/**
	 * Create the handler.
	 * @param handler the renderer
	 */
	public EnvelopeAccessDeniedHandler(ServletErrorRenderer handler) {
		this.handler = handler;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		this.handler.handle(accessDeniedException, request, response);
	}

}
