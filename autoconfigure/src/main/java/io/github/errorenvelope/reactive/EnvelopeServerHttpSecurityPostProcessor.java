package io.github.errorenvelope.reactive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * Applies the envelope's access-denied handler to every {@link ServerHttpSecurity} the
 * application builds its {@code SecurityWebFilterChain} from, so 403s need no wiring. An
 * application that sets its own handler on {@code exceptionHandling} replaces it, since
 * it customizes the same settings afterwards.
 */
public final class EnvelopeServerHttpSecurityPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<EnvelopeServerAccessDeniedHandler> accessDeniedHandler;

	/**
	 * Create the post-processor.
	 * @param accessDeniedHandler the handler, looked up when the first
	 * {@code ServerHttpSecurity} is built (a post-processor must not pull the pipeline in
	 * early)
	 */
	public EnvelopeServerHttpSecurityPostProcessor(
			ObjectProvider<EnvelopeServerAccessDeniedHandler> accessDeniedHandler) {
		this.accessDeniedHandler = accessDeniedHandler;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ServerHttpSecurity http) {
			EnvelopeServerAccessDeniedHandler handler = this.accessDeniedHandler.getIfAvailable();
			if (handler != null) {
				http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(handler));
			}
		}
		return bean;
	}

}
