package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.reactive.EnvelopeDispatchExceptionHandler;
import io.github.errorenvelope.reactive.EnvelopeWebExceptionHandler;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the handler adapter that answers WebFlux dispatch errors inside
 * the {@code DispatcherHandler}. It runs after Spring Boot's WebFlux auto-configuration
 * so the adapter is registered, and therefore consulted, after Spring's
 * {@code RequestMappingHandlerAdapter} and the application's own exception handlers.
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

}
