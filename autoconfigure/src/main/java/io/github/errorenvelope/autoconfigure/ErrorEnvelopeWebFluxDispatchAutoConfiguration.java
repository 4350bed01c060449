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
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

/**
 * Auto-configuration of the handler adapter that answers WebFlux dispatch errors inside
 * the {@code DispatcherHandler}, and of the {@code RequestMappingHandlerAdapter} that
 * hands it the errors of a controller's returned {@code Mono} (unless the application
 * registers its own through {@link WebFluxRegistrations}). It runs after Spring Boot's
 * WebFlux auto-configuration so the adapter is registered, and therefore consulted, after
 * Spring's {@code RequestMappingHandlerAdapter} and the application's own exception
 * handlers.
 */
@AutoConfiguration(afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebFluxAutoConfiguration",
		"org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(EnvelopeWebExceptionHandler.class)
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeWebFluxDispatchAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EnvelopeDispatchExceptionHandler errorEnvelopeDispatchExceptionHandler(EnvelopeWebExceptionHandler handler,
			ApplicationContext context) {
		return new EnvelopeDispatchExceptionHandler(handler, context.getClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean
	WebFluxRegistrations errorEnvelopeWebFluxRegistrations(ObjectProvider<EnvelopeDispatchExceptionHandler> handler) {
		// an error a controller's Mono signals while it is written reaches only the
		// result's own exception handler, which this adapter extends
		return new WebFluxRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new EnvelopeRequestMappingHandlerAdapter(handler::getObject);
			}

		};
	}

}
