package io.github.errorenvelope.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.util.BoundedCache;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMappingInfo;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * The resolver that runs in front of Spring's {@code @ExceptionHandler} resolver under
 * {@code error-envelope.precedence=envelope-first}: it answers a
 * {@link FrameworkExceptions framework exception} with the envelope when the application
 * handler Spring would pick for it is only a catch-all ({@link CatchAllHandlers}); an
 * application handler declared for the exception's own type (or a supertype more specific
 * than {@code Exception}) still wins. The choice mirrors Spring's: the controller's own
 * {@code @ExceptionHandler}s first, then the advices that apply to the controller, in
 * order. It is made once per controller type and exception class.
 */
public final class EnvelopeFirstResolver implements HandlerExceptionResolver {

	private final ServletErrorRenderer handler;

	private final ExceptionPassThrough passThrough;

	private final FrameworkExceptions frameworkExceptions;

	private final BoundedCache<Decision, Boolean> decisions = new BoundedCache<>();

	private final BoundedCache<Class<?>, ExceptionHandlerMethodResolver> controllerHandlers = new BoundedCache<>();

	private volatile @Nullable ExceptionHandlerExceptionResolver applicationHandlers;

	/**
	 * Create the resolver.
	 * @param handler the renderer
	 * @param passThrough the exceptions to hand back to other frameworks
	 * @param frameworkExceptions the exceptions the envelope answers first
	 */
	public EnvelopeFirstResolver(ServletErrorRenderer handler, ExceptionPassThrough passThrough,
			FrameworkExceptions frameworkExceptions) {
		this.handler = handler;
		this.passThrough = passThrough;
		this.frameworkExceptions = frameworkExceptions;
	}

	/**
	 * Name Spring's resolver whose choices this one anticipates (it holds the
	 * application's advices).
	 * @param resolver the {@code @ExceptionHandler} resolver this one runs in front of
	 */
	void anticipate(ExceptionHandlerExceptionResolver resolver) {
		this.applicationHandlers = resolver;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		Class<?> controller = (handler instanceof HandlerMethod method) ? method.getBeanType() : null;
		if (!this.decisions.get(new Decision(controller, exception.getClass()), this::answersFirst)) {
			return null;
		}
		if (this.passThrough.shouldPassThrough(exception, request)) {
			// past the application's catch-all, straight to the framework that answers it
			// (Spring Security's exception translation)
			if (exception instanceof RuntimeException runtime) {
				throw runtime;
			}
			return null;
		}
		this.handler.handle(exception, request, response);
		return new ModelAndView();
	}

	private boolean answersFirst(Decision decision) {
		if (!this.frameworkExceptions.contains(decision.exceptionType())) {
			return false;
		}
		ExceptionHandlerMappingInfo chosen = applicationHandlerFor(decision.controller(), decision.exceptionType());
		return chosen != null && CatchAllHandlers.catchesOnlyGenerically(chosen.getHandlerMethod(),
				chosen.getExceptionTypes(), decision.exceptionType());
	}

	@SuppressWarnings("unchecked")
	private @Nullable ExceptionHandlerMappingInfo applicationHandlerFor(@Nullable Class<?> controller,
			Class<?> exceptionType) {
		Class<? extends Throwable> type = (Class<? extends Throwable>) exceptionType;
		if (controller != null) {
			ExceptionHandlerMappingInfo local = this.controllerHandlers
				.get(controller, ExceptionHandlerMethodResolver::new)
				.resolveExceptionMappingByExceptionType(type, MediaType.ALL);
			if (local != null) {
				return local;
			}
		}
		ExceptionHandlerExceptionResolver resolver = this.applicationHandlers;
		if (resolver == null) {
			return null;
		}
		for (Map.Entry<ControllerAdviceBean, ExceptionHandlerMethodResolver> advice : resolver
			.getExceptionHandlerAdviceCache()
			.entrySet()) {
			if (advice.getKey().isApplicableToBeanType(controller)) {
				ExceptionHandlerMappingInfo info = advice.getValue()
					.resolveExceptionMappingByExceptionType(type, MediaType.ALL);
				if (info != null) {
					return info;
				}
			}
		}
		return null;
	}

	/**
	 * One decision: an exception class thrown from a controller type ({@code null}: no
	 * controller).
	 */
	private record Decision(@Nullable Class<?> controller, Class<?> exceptionType) {
	}

}
