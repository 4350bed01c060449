package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.catalog.ErrorDefinitions;
import io.github.errorenvelope.openapi.ErrorEnvelopeOpenApiCustomizer;
import io.github.errorenvelope.openapi.ErrorResponsesOperationCustomizer;
import io.github.errorenvelope.openapi.ErrorSamples;
import io.github.errorenvelope.openapi.OperationSecurity;
import io.github.errorenvelope.openapi.SpringSecurityOperationSecurity;
import io.github.errorenvelope.web.ClassifiedErrorSender;
import io.swagger.v3.oas.models.SpecVersion;
import org.springdoc.core.properties.SpringDocConfigProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Auto-configuration of the springdoc-openapi integration: the envelope as component
 * schemas and every operation's error responses, rendered through the active style. Only
 * when springdoc is on the classpath; {@code error-envelope.openapi.enabled=false}
 * switches it off.
 */
@AutoConfiguration(afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebMvcAutoConfiguration",
		"io.github.errorenvelope.autoconfigure.ErrorEnvelopeCatalogAutoConfiguration" })
@ConditionalOnClass(
		name = { "org.springdoc.core.customizers.GlobalOperationCustomizer", "io.swagger.v3.oas.models.OpenAPI" })
@ConditionalOnBooleanProperty(name = "error-envelope.openapi.enabled", matchIfMissing = true)
@ConditionalOnBean({ ClassifiedErrorSender.class, ErrorDefinitions.class })
public class ErrorEnvelopeOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorSamples errorEnvelopeOpenApiSamples(EnvelopeStyle style, ClassifiedErrorSender responder) {
		return new ErrorSamples(style, responder);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResponsesOperationCustomizer errorEnvelopeOperationCustomizer(ErrorSamples samples,
			ErrorDefinitions definitions, ObjectProvider<OperationSecurity> security,
			ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings, ErrorEnvelopeProperties properties,
			ObjectProvider<SpringDocConfigProperties> springdoc) {
		return new ErrorResponsesOperationCustomizer(samples, definitions,
				security.getIfAvailable(() -> OperationSecurity.NONE), handlerMappings,
				properties.getRequestId().getHeader(), () -> {
					SpringDocConfigProperties config = springdoc.getIfAvailable();
					return (config == null || config.isOpenapi31()) ? SpecVersion.V31 : SpecVersion.V30;
				});
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorEnvelopeOpenApiCustomizer errorEnvelopeOpenApiCustomizer(ErrorSamples samples, ErrorDefinitions definitions,
			ErrorEnvelopeProperties properties) {
		return new ErrorEnvelopeOpenApiCustomizer(samples, definitions, properties.getRequestId().getHeader());
	}

	/**
	 * Spring Security: 401 and 403 where the filter chains or method security can deny
	 * the call.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.web.access.WebInvocationPrivilegeEvaluator")
	static class SecurityConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OperationSecurity errorEnvelopeOperationSecurity(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
			return new SpringSecurityOperationSecurity(evaluator);
		}

	}

}
