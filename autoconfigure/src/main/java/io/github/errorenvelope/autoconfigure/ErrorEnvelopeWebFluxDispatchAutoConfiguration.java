package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.reactive.EnvelopeDispatchExceptionHandler;
import io.github.errorenvelope.reactive.EnvelopeRequestMappingHandlerAdapter;
import io.github.errorenvelope.reactive.EnvelopeWebExceptionHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.WebFluxRegistrations;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

/**
 * Auto-configuration of the {@code RequestMappingHandlerAdapter} that answers WebFlux
 * dispatch errors, and the errors of a controller's returned {@code Mono}, with the
 * envelope inside the {@code DispatcherHandler}, after the application's own exception
 * handlers ({@link EnvelopeRequestMappingHandlerAdapter}, registered through
 * {@link WebFluxRegistrations}). An application that registers its own
 * {@code WebFluxRegistrations} gets the {@link EnvelopeDispatchExceptionHandler} as a
 * handler adapter of its own instead, consulted after Spring's. It runs after Spring
 * Boot's WebFlux auto-configuration.
 */
@AutoConfiguration(afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebFluxAutoConfiguration",
		"org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(EnvelopeWebExceptionHandler.class)
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeWebFluxDispatchAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebFluxRegistrations errorEnvelopeWebFluxRegistrations(ObjectProvider<EnvelopeDispatchExceptionHandler> own,
			EnvelopeWebExceptionHandler handler, ApplicationContext context) {
		// the envelope as part of the adapter, not an adapter of its own: the dispatcher
		// wraps every request's result in one operator per exception-handling adapter
		return new WebFluxRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new EnvelopeRequestMappingHandlerAdapter(() -> own
					.getIfAvailable(() -> new EnvelopeDispatchExceptionHandler(handler, context.getClassLoader())));
			}

		};
	}

	/**
	 * The envelope's dispatch exception handler as a handler adapter of its own, where
	 * the application registers its own {@code RequestMappingHandlerAdapter}. Registered
	 * ahead of the starter's {@code WebFluxRegistrations} above (nested configurations
	 * come first), so only the application's is seen.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(WebFluxRegistrations.class)
	static class OwnRegistrationsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EnvelopeDispatchExceptionHandler errorEnvelopeDispatchExceptionHandler(EnvelopeWebExceptionHandler handler,
				ApplicationContext context) {
			return new EnvelopeDispatchExceptionHandler(handler, context.getClassLoader());
		}

	}

}
