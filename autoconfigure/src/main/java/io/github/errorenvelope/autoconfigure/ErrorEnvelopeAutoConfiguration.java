package io.github.errorenvelope.autoconfigure;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeProperties.Precedence;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.security.EnvelopeAccessDeniedHandler;
import io.github.errorenvelope.security.EnvelopeAuthenticationEntryPoint;
import io.github.errorenvelope.security.SecurityExceptionPassThrough;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.web.BodySizeLimit;
import io.github.errorenvelope.web.EnvelopeErrorController;
import io.github.errorenvelope.web.EnvelopeExceptionHandler;
import io.github.errorenvelope.web.EnvelopeFirstResolver;
import io.github.errorenvelope.web.ErrorEnvelopeFilter;
import io.github.errorenvelope.web.ErrorEnvelopeHandler;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.ErrorObserver;
import io.github.errorenvelope.web.ErrorResponder;
import io.github.errorenvelope.web.ErrorResponseWriter;
import io.github.errorenvelope.web.ExceptionPassThrough;
import io.github.errorenvelope.web.FrameworkExceptions;
import io.github.errorenvelope.web.RequestIdFilter;
import io.github.errorenvelope.web.RequestIds;
import io.github.errorenvelope.web.ShadowingHandlersReport;
import io.github.errorenvelope.web.SuccessEnvelopeAdvice;
import io.github.errorenvelope.web.TraceIdSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Error Envelope for servlet web applications: the request-id
 * filter, the writer, and the two entry points (the Spring MVC catch-all resolver and the
 * error controller), on top of the stack-free beans of
 * {@link ErrorEnvelopeCoreConfiguration} (classifier, mappers, style). Every bean backs
 * off when the application defines its own.
 */
@AutoConfiguration(
		beforeName = { "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
				"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration" },
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, JsonMapper.class })
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorEnvelopeProperties.class)
@Import(ErrorEnvelopeCoreConfiguration.class)
public class ErrorEnvelopeAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RequestIds errorEnvelopeRequestIds(ErrorEnvelopeProperties properties, ObjectProvider<TraceIdSource> traceIds) {
		TraceIdSource source = properties.getRequestId().isUseTraceId() ? traceIds.getIfUnique() : null;
		return new RequestIds(properties.getRequestId().getHeader(), properties.getRequestId().isTrustIncoming(),
				source);
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeRequestIdFilter")
	FilterRegistrationBean<RequestIdFilter> errorEnvelopeRequestIdFilter(RequestIds requestIds,
			ErrorEnvelopeProperties properties) {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter(
				requestIds, properties.getRequestId().getMdcKey(), properties.getRequestId().isExposeInCors()));
		// first of all, unless the id is the trace id: then inside the server observation
		// (which Boot orders at HIGHEST_PRECEDENCE + 1) so the trace is current
		registration.setOrder(
				properties.getRequestId().isUseTraceId() ? Ordered.HIGHEST_PRECEDENCE + 2 : Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeFilter")
	FilterRegistrationBean<ErrorEnvelopeFilter> errorEnvelopeFilter(ErrorEnvelopeHandler handler,
			ObjectProvider<EnvelopeErrorController> ourErrorController, Environment environment,
			ErrorEnvelopeProperties properties) {
		// the error dispatch is rendered here only where our error controller owns the
		// error path
		String errorPath = (ourErrorController.getIfAvailable() != null)
				? environment.resolvePlaceholders("${server.error.path:${error.path:/error}}") : null;
		FilterRegistrationBean<ErrorEnvelopeFilter> registration = new FilterRegistrationBean<>(new ErrorEnvelopeFilter(
				handler, errorPath, new BodySizeLimit(properties.getLimits().getMaxBodySize().toBytes())));
		// behind the request-id filter and the server observation (so metrics see the
		// final status), in front of Spring Security and every other filter
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	ExceptionPassThrough errorEnvelopeExceptionPassThrough() {
		return ExceptionPassThrough.NONE;
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResponseWriter errorResponseWriter(ObjectProvider<JsonMapper> jsonMapper, EnvelopeStyle style,
			ErrorEnvelopeProperties properties) {
		return new ErrorResponseWriter(jsonMapper.getIfAvailable(JsonMapper::new), style,
				properties.getRequestId().getHeader(), properties.getWwwAuthenticate());
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResponder errorEnvelopeResponder(ErrorMessages messages, ObjectProvider<ApiErrorCustomizer> customizers,
			CodeFormatter codes, ErrorResponseWriter writer, ErrorLogger logger,
			ObjectProvider<ErrorObserver> observers) {
		return new ErrorResponder(messages, customizers.orderedStream().toList(), codes, writer, logger,
				observers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorEnvelopeHandler errorEnvelopeHandler(ErrorClassifier classifier, RequestIds requestIds,
			ErrorResponder responder) {
		return new ErrorEnvelopeHandler(classifier, requestIds, responder);
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeExceptionHandler envelopeExceptionHandler(ErrorEnvelopeHandler handler, ExceptionPassThrough passThrough,
			ErrorEnvelopeProperties properties, ApplicationContext context) {
		if (properties.getPrecedence() != Precedence.ENVELOPE_FIRST) {
			return new EnvelopeExceptionHandler(handler, passThrough);
		}
		FrameworkExceptions frameworkExceptions = new FrameworkExceptions(
				ExceptionMappings.fromProperties(properties.getExceptions()), context.getClassLoader());
		return new EnvelopeExceptionHandler(handler, passThrough,
				new EnvelopeFirstResolver(handler, passThrough, frameworkExceptions));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "error-envelope.adoption.warn-shadowing", matchIfMissing = true)
	ShadowingHandlersReport errorEnvelopeShadowingReport(ApplicationContext context, Environment environment,
			ErrorEnvelopeProperties properties) {
		// under envelope-first the catch-alls no longer shadow framework errors: nothing
		// to report
		return new ShadowingHandlersReport(context,
				environment.getProperty("spring.mvc.problemdetails.enabled", Boolean.class, false),
				properties.getPrecedence() == Precedence.APPLICATION_FIRST);
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	EnvelopeErrorController envelopeErrorController(ErrorEnvelopeHandler handler) {
		return new EnvelopeErrorController(handler);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "error-envelope.success-envelope.wrap-success", matchIfMissing = true)
	@Conditional(OnSuccessWrappingCondition.class)
	SuccessEnvelopeAdvice successEnvelopeAdvice(EnvelopeStyle style) {
		return new SuccessEnvelopeAdvice(style);
	}

	/**
	 * Spring Security: method-security denials inside a security filter chain go back to
	 * Spring Security's exception translation, whose entry point and access-denied
	 * handler write the envelope.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.security.access.AccessDeniedException",
			"org.springframework.security.web.AuthenticationEntryPoint" })
	static class SecurityConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ExceptionPassThrough errorEnvelopeSecurityExceptionPassThrough() {
			return new SecurityExceptionPassThrough();
		}

		@Bean
		@ConditionalOnMissingBean
		EnvelopeAuthenticationEntryPoint errorEnvelopeAuthenticationEntryPoint(ErrorEnvelopeHandler handler) {
			return new EnvelopeAuthenticationEntryPoint(handler, null);
		}

		@Bean
		@ConditionalOnMissingBean
		EnvelopeAccessDeniedHandler errorEnvelopeAccessDeniedHandler(ErrorEnvelopeHandler handler) {
			return new EnvelopeAccessDeniedHandler(handler);
		}

	}

}
