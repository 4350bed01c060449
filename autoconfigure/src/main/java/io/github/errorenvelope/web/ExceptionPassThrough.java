package io.github.errorenvelope.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides which exceptions the Spring MVC catch-all
 * ({@link EnvelopeExceptionResolversConfigurer}) hands back to a framework that answers
 * them better itself — Spring Security's exception translation, which knows whether a
 * denied caller is anonymous (401 with its challenge) or authenticated (403). Those
 * answers still reach the envelope through the error dispatch.
 */
@FunctionalInterface
public interface ExceptionPassThrough {

	/** Hands nothing back. */
	ExceptionPassThrough NONE = (exception, request) -> false;

	/**
	 * Whether the catch-all should leave an exception unanswered, so that it propagates
	 * out of the {@code DispatcherServlet} to the framework's filter.
	 * @param exception the exception
	 * @param request the request
	 * @return {@code true} to hand it back
	 */
	boolean shouldPassThrough(Exception exception, HttpServletRequest request);

}
