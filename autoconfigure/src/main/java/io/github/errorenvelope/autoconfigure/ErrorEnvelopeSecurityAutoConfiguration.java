package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.security.EnvelopeAccessDeniedHandler;
import io.github.errorenvelope.security.EnvelopeAuthenticationEntryPoint;
import io.github.errorenvelope.security.SecurityExceptionPassThrough;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.ExceptionPassThrough;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Error Envelope for Spring Security in servlet applications:
 * method-security denials inside a security filter chain go back to Spring Security's
 * exception translation, whose entry point and access-denied handler write the envelope.
 * Runs before {@link ErrorEnvelopeWebMvcAutoConfiguration} so that its pass-through
 * replaces the default one.
 */
@AutoConfiguration(afterName = "io.github.errorenvelope.autoconfigure.ErrorEnvelopeAutoConfiguration",
		beforeName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebMvcAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = { "org.springframework.web.servlet.DispatcherServlet",
		"tools.jackson.databind.json.JsonMapper", "org.springframework.security.access.AccessDeniedException",
		"org.springframework.security.web.AuthenticationEntryPoint" })
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ExceptionPassThrough errorEnvelopeSecurityExceptionPassThrough() {
		return new SecurityExceptionPassThrough();
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeAuthenticationEntryPoint errorEnvelopeAuthenticationEntryPoint(ServletErrorRenderer handler) {
		return new EnvelopeAuthenticationEntryPoint(handler, null);
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeAccessDeniedHandler errorEnvelopeAccessDeniedHandler(ServletErrorRenderer handler) {
		return new EnvelopeAccessDeniedHandler(handler);
	}

}
