package io.github.errorenvelope.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Entry point for everything thrown inside the {@code DispatcherServlet}: places the
 * catch-all {@link EnvelopeHandlerExceptionResolver}, which answers with the envelope
 * once the application's own {@code @ExceptionHandler}s and {@code @ControllerAdvice}s
 * have had their turn.
 * <p>
 * The resolver joins Spring MVC's exception resolvers right behind the one that runs
 * {@code @ExceptionHandler} methods, so every advice of the application wins, and ahead
 * of Spring's {@code @ResponseStatus} and default resolvers, which would otherwise answer
 * with a bare {@code sendError}. Being a resolver rather than one more
 * {@code @ExceptionHandler} method spares Spring building and invoking a handler method
 * for every error — the difference shows in an error storm.
 */
public class EnvelopeExceptionResolversConfigurer implements WebMvcConfigurer {

	private final EnvelopeHandlerExceptionResolver catchAll;

	private final @Nullable EnvelopeFirstResolver envelopeFirst;

	/**
	 * Create the entry point.
	 * @param handler the renderer
	 * @param passThrough the exceptions to hand back to other frameworks
	 */
	public EnvelopeExceptionResolversConfigurer(ServletErrorRenderer handler, ExceptionPassThrough passThrough) {
		this(handler, passThrough, null);
	}

	/**
	 * Create the entry point, with a resolver that answers framework exceptions ahead of
	 * the application's catch-all handlers
	 * ({@code error-envelope.precedence=envelope-first}).
	 * @param handler the renderer
	 * @param passThrough the exceptions to hand back to other frameworks
	 * @param envelopeFirst the resolver to put in front of Spring's
	 * {@code @ExceptionHandler} resolver, or {@code null} to let every application
	 * handler answer first
	 */
	public EnvelopeExceptionResolversConfigurer(ServletErrorRenderer handler, ExceptionPassThrough passThrough,
			@Nullable EnvelopeFirstResolver envelopeFirst) {
		this.catchAll = new EnvelopeHandlerExceptionResolver(handler, passThrough);
		this.envelopeFirst = envelopeFirst;
	}

	/**
	 * Place the envelope resolver right after the last
	 * {@link ExceptionHandlerExceptionResolver}. When the application configured its own
	 * resolvers without one, the envelope goes last, so the application's resolvers keep
	 * their say. Under {@code envelope-first}, the framework-exceptions resolver goes
	 * right before the first {@link ExceptionHandlerExceptionResolver}.
	 * @param resolvers Spring MVC's exception resolvers, in order
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		int position = resolvers.size();
		int first = -1;
		for (int i = 0; i < resolvers.size(); i++) {
			if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
				position = i + 1;
				first = (first < 0) ? i : first;
			}
		}
		resolvers.add(position, this.catchAll);
		if (this.envelopeFirst != null && first >= 0) {
			this.envelopeFirst.anticipate((ExceptionHandlerExceptionResolver) resolvers.get(first));
			resolvers.add(first, this.envelopeFirst);
		}
	}

}
