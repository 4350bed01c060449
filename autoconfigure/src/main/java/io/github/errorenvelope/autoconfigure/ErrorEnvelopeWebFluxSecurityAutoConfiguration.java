package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.reactive.EnvelopeServerAccessDeniedHandler;
import io.github.errorenvelope.reactive.EnvelopeServerAuthenticationEntryPoint;
import io.github.errorenvelope.reactive.EnvelopeServerHttpSecurityPostProcessor;
import io.github.errorenvelope.reactive.EnvelopeWebExceptionHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Error Envelope for Spring Security in WebFlux applications: 401
 * and 403 in the envelope without wiring, through an entry point and an access-denied
 * handler that every {@code ServerHttpSecurity} picks up.
 */
@AutoConfiguration(afterName = "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebFluxAutoConfiguration",
		beforeName = "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.security.config.web.server.ServerHttpSecurity")
@ConditionalOnBean(EnvelopeWebExceptionHandler.class)
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeWebFluxSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EnvelopeServerAccessDeniedHandler errorEnvelopeServerAccessDeniedHandler(EnvelopeWebExceptionHandler handler) {
		return new EnvelopeServerAccessDeniedHandler(handler);
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeServerAuthenticationEntryPoint errorEnvelopeServerAuthenticationEntryPoint(
			EnvelopeWebExceptionHandler handler) {
		return new EnvelopeServerAuthenticationEntryPoint(handler);
	}

	@Bean
	@ConditionalOnMissingBean
	static EnvelopeServerHttpSecurityPostProcessor errorEnvelopeServerHttpSecurityPostProcessor(
			ObjectProvider<EnvelopeServerAccessDeniedHandler> accessDeniedHandler) {
		return new EnvelopeServerHttpSecurityPostProcessor(accessDeniedHandler);
	}

}
