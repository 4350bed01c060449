package io.github.errorenvelope.autoconfigure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.BindingResultMapper;
import io.github.errorenvelope.classify.BodyFieldNames;
import io.github.errorenvelope.classify.ClassifierOptions;
import io.github.errorenvelope.classify.ConstraintViolationMapper;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMapper;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.classify.FrameworkStatusMapper;
import io.github.errorenvelope.classify.MalformedInputMapper;
import io.github.errorenvelope.classify.MessageNotReadableMapper;
import io.github.errorenvelope.classify.MethodValidationMapper;
import io.github.errorenvelope.classify.MissingParameterMapper;
import io.github.errorenvelope.classify.ReadFailureInterpreter;
import io.github.errorenvelope.classify.SpringContractMapper;
import io.github.errorenvelope.classify.TypeMismatchMapper;
import io.github.errorenvelope.classify.jackson.JacksonBodyFieldNames;
import io.github.errorenvelope.classify.jackson.JacksonReadFailureInterpreter;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.classify.SecurityExceptionMapper;
import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.security.EnvelopeAccessDeniedHandler;
import io.github.errorenvelope.security.EnvelopeAuthenticationEntryPoint;
import io.github.errorenvelope.security.SecurityExceptionPassThrough;
import io.github.errorenvelope.web.BodySizeLimit;
import io.github.errorenvelope.web.EnvelopeErrorController;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeProperties.Precedence;
import io.github.errorenvelope.web.EnvelopeFirstResolver;
import io.github.errorenvelope.web.ErrorEnvelopeFilter;
import io.github.errorenvelope.web.FrameworkExceptions;
import io.github.errorenvelope.web.ShadowingHandlersReport;
import io.github.errorenvelope.web.ExceptionPassThrough;
import io.github.errorenvelope.web.EnvelopeExceptionHandler;
import io.github.errorenvelope.web.ErrorEnvelopeHandler;
import io.github.errorenvelope.web.ErrorLogPolicy;
import io.github.errorenvelope.web.ErrorObserver;
import io.github.errorenvelope.web.ErrorResponder;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.RepeatedFailures;
import io.github.errorenvelope.web.ErrorResponseWriter;
import io.github.errorenvelope.web.RequestIdFilter;
import io.github.errorenvelope.web.RequestIds;
import io.github.errorenvelope.web.SuccessEnvelopeAdvice;
import io.github.errorenvelope.web.TraceIdSource;
import io.github.errorenvelope.tracing.MicrometerTraceIdSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
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
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Error Envelope for servlet web applications: the request-id filter, the
 * classifier and its mappers, the active style, the writer, and the two entry points (the Spring MVC
 * catch-all resolver and the error controller). Every bean backs off when the application defines
 * its own.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
		"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration" },
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, JsonMapper.class })
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorEnvelopeProperties.class)
public class ErrorEnvelopeAutoConfiguration {

	/** How many distinct failure signatures the repeat window remembers. */
	private static final int REPEATED_FAILURE_SIGNATURES = 1024;

	@Bean
	@ConditionalOnMissingBean
	EnvelopeStyle envelopeStyle(ErrorEnvelopeProperties properties) {
		return properties.getStyle()
			.create(properties.getSuccessEnvelope().isWrapSuccess(), properties.getProblemDetail().getTypeBaseUri());
	}

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
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(
				new RequestIdFilter(requestIds, properties.getRequestId().getMdcKey(),
						properties.getRequestId().isExposeInCors()));
		// first of all, unless the id is the trace id: then inside the server observation (which Boot
		// orders at HIGHEST_PRECEDENCE + 1) so the trace is current
		registration.setOrder(properties.getRequestId().isUseTraceId() ? Ordered.HIGHEST_PRECEDENCE + 2
				: Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeFilter")
	FilterRegistrationBean<ErrorEnvelopeFilter> errorEnvelopeFilter(ErrorEnvelopeHandler handler,
			ObjectProvider<EnvelopeErrorController> ourErrorController, Environment environment,
			ErrorEnvelopeProperties properties) {
		// the error dispatch is rendered here only where our error controller owns the error path
		String errorPath = (ourErrorController.getIfAvailable() != null)
				? environment.resolvePlaceholders("${server.error.path:${error.path:/error}}") : null;
		FilterRegistrationBean<ErrorEnvelopeFilter> registration = new FilterRegistrationBean<>(
				new ErrorEnvelopeFilter(handler, errorPath,
						new BodySizeLimit(properties.getLimits().getMaxBodySize().toBytes())));
		// behind the request-id filter and the server observation (so metrics see the final status),
		// in front of Spring Security and every other filter
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
	ErrorClassifier errorClassifier(ObjectProvider<ErrorMapper> mappers, ErrorEnvelopeProperties properties) {
		List<ErrorMapper> ordered = new ArrayList<>(mappers.orderedStream().toList());
		ordered.add(new SpringContractMapper());
		ClassifierOptions options = new ClassifierOptions(properties.isExposeInternalMessages(),
				properties.isExposeRejectedValues(), properties.getMaxViolations(), properties.getTypes(),
				ExceptionMappings.fromProperties(properties.getExceptions()));
		return new ErrorClassifier(ordered, options);
	}

	@Bean
	@ConditionalOnMissingBean
	CodeFormatter errorEnvelopeCodeFormatter(ErrorEnvelopeProperties properties, EnvelopeStyle style) {
		return new CodeFormatter(properties.getCodes(), properties.getCodeCase(), style);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorMessages errorEnvelopeMessages(ObjectProvider<MessageSource> messageSource) {
		return new ErrorMessages(messageSource.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorLogger errorEnvelopeLogger(ErrorEnvelopeProperties properties) {
		return new ErrorLogger(new ErrorLogPolicy(properties.getLogging().getLevels()),
				new RepeatedFailures(properties.getLogging().getRepeatWindow(), REPEATED_FAILURE_SIGNATURES));
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResponseWriter errorResponseWriter(ObjectProvider<JsonMapper> jsonMapper, EnvelopeStyle style,
			ErrorEnvelopeProperties properties) {
		HttpMessageConverter<Object> converter = new JacksonJsonHttpMessageConverter(
				jsonMapper.getIfAvailable(JsonMapper::new));
		return new ErrorResponseWriter(converter, style, properties.getRequestId().getHeader(),
				properties.getWwwAuthenticate());
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
	EnvelopeExceptionHandler envelopeExceptionHandler(ErrorEnvelopeHandler handler,
			ExceptionPassThrough passThrough, ErrorEnvelopeProperties properties, ApplicationContext context) {
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
		// under envelope-first the catch-alls no longer shadow framework errors: nothing to report
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

	/** The built-in mappers for Spring MVC's exception families. */
	@Configuration(proxyBeanMethods = false)
	static class FrameworkMappersConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BindingResultMapper errorEnvelopeBindingResultMapper(BodyFieldNames names) {
			return new BindingResultMapper(names);
		}

		@Bean
		@ConditionalOnMissingBean
		MethodValidationMapper errorEnvelopeMethodValidationMapper(BodyFieldNames names) {
			return new MethodValidationMapper(names);
		}

		@Bean
		@ConditionalOnMissingBean
		MessageNotReadableMapper errorEnvelopeMessageNotReadableMapper(
				ObjectProvider<ReadFailureInterpreter> interpreters) {
			return new MessageNotReadableMapper(interpreters.orderedStream().toList());
		}

		@Bean
		@ConditionalOnMissingBean
		TypeMismatchMapper errorEnvelopeTypeMismatchMapper() {
			return new TypeMismatchMapper();
		}

		@Bean
		@ConditionalOnMissingBean
		MissingParameterMapper errorEnvelopeMissingParameterMapper() {
			return new MissingParameterMapper();
		}

		@Bean
		@ConditionalOnMissingBean
		FrameworkStatusMapper errorEnvelopeFrameworkStatusMapper() {
			return new FrameworkStatusMapper();
		}

		@Bean
		@ConditionalOnMissingBean
		MalformedInputMapper errorEnvelopeMalformedInputMapper() {
			return new MalformedInputMapper();
		}

	}

	/** Bean Validation's {@code ConstraintViolationException}, when Bean Validation is present. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.validation.ConstraintViolationException")
	static class BeanValidationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ConstraintViolationMapper errorEnvelopeConstraintViolationMapper() {
			return new ConstraintViolationMapper();
		}

	}

	/**
	 * Spring Security: its exceptions map to 401/403, and method-security denials inside a security
	 * filter chain go back to Spring Security's exception translation.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.security.access.AccessDeniedException",
			"org.springframework.security.web.AuthenticationEntryPoint" })
	static class SecurityConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SecurityExceptionMapper errorEnvelopeSecurityExceptionMapper() {
			return new SecurityExceptionMapper();
		}

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

	/** Micrometer: a counter of error responses by status, code and type. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ErrorMetrics errorEnvelopeMetrics(ObjectProvider<MeterRegistry> registry) {
			// looked up on use, so the registry's own auto-configuration order does not matter
			return new ErrorMetrics(registry::getIfUnique);
		}

	}

	/** Micrometer Tracing: the trace id as the request id, when asked for. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
	static class TracingConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TraceIdSource errorEnvelopeTraceIdSource(ObjectProvider<Tracer> tracer) {
			return new MicrometerTraceIdSource(tracer);
		}

	}

	/** Jackson 3: JSON field names and read-failure explanations. */
	@Configuration(proxyBeanMethods = false)
	static class JacksonConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BodyFieldNames errorEnvelopeBodyFieldNames(ObjectProvider<JsonMapper> jsonMapper) {
			return new JacksonBodyFieldNames(jsonMapper.getIfAvailable(JsonMapper::new));
		}

		@Bean
		@ConditionalOnMissingBean
		JacksonReadFailureInterpreter errorEnvelopeJacksonReadFailureInterpreter() {
			return new JacksonReadFailureInterpreter();
		}

	}

}
