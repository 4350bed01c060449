package io.github.errorenvelope.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The Spring MVC catch-all: the exception resolver that answers every exception it is
 * given with the envelope, unless it belongs to another framework (Spring Security's
 * exception translation). Placed among Spring MVC's resolvers by
 * {@link EnvelopeExceptionResolversConfigurer}; not a bean itself, so the
 * {@code DispatcherServlet} does not run it a second time.
 */
public final class EnvelopeHandlerExceptionResolver implements HandlerExceptionResolver {

	private final ServletErrorRenderer handler;

	private final ExceptionPassThrough passThrough;

	/**
	 * Create the resolver.
	 * @param handler the renderer
	 * @param passThrough the exceptions to hand back to other frameworks
	 */
	public EnvelopeHandlerExceptionResolver(ServletErrorRenderer handler, ExceptionPassThrough passThrough) {
		this.handler = handler;
		this.passThrough = passThrough;
	}

	/**
	 * Answer an exception with the envelope.
	 * @param request the request
	 * @param response the response
	 * @param handler the handler that was running, may be {@code null}
	 * @param exception the exception
	 * @return an empty model and view (the response is written), or {@code null} when the
	 * exception is handed back to another framework
	 */
	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (this.passThrough.shouldPassThrough(exception, request)) {
			return null;
		}
		this.handler.handle(exception, request, response);
		return new ModelAndView();
	}

}
