package io.github.errorenvelope.autoconfigure;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeProperties.Precedence;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.web.BodySizeLimit;
import io.github.errorenvelope.web.ErrorPathController;
import io.github.errorenvelope.web.EnvelopeExceptionResolversConfigurer;
import io.github.errorenvelope.web.EnvelopeFirstResolver;
import io.github.errorenvelope.web.UncaughtErrorFilter;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.ErrorObserver;
import io.github.errorenvelope.web.ClassifiedErrorSender;
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
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Error Envelope's Spring MVC entry points: the request-id filter,
 * the writer, the servlet filter, the Spring MVC catch-all resolver and the error
 * controller, on top of the core pipeline of {@link ErrorEnvelopeAutoConfiguration}
 * (classifier, mappers, style). Every bean backs off when the application defines its
 * own.
 */
@AutoConfiguration(
		afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" },
		beforeName = { "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
				"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, JsonMapper.class })
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
@Import(ErrorEnvelopeServletFiltersConfiguration.class)
public class ErrorEnvelopeWebMvcAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ExceptionPassThrough errorEnvelopeExceptionPassThrough() {
		return ExceptionPassThrough.NONE;
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResponseWriter errorEnvelopeResponseWriter(ObjectProvider<JsonMapper> jsonMapper, EnvelopeStyle style,
			ErrorEnvelopeProperties properties) {
		return new ErrorResponseWriter(jsonMapper.getIfAvailable(JsonMapper::new), style,
				properties.getRequestId().getHeader(), properties.getWwwAuthenticate());
	}

	@Bean
	@ConditionalOnMissingBean
	ClassifiedErrorSender errorEnvelopeResponder(ErrorMessages messages, ObjectProvider<ApiErrorCustomizer> customizers,
			CodeFormatter codes, ErrorResponseWriter writer, ErrorLogger logger,
			ObjectProvider<ErrorObserver> observers) {
		return new ClassifiedErrorSender(messages, customizers.orderedStream().toList(), codes, writer, logger,
				observers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	ServletErrorRenderer errorEnvelopeHandler(ErrorClassifier classifier, RequestIds requestIds,
			ClassifiedErrorSender responder) {
		return new ServletErrorRenderer(classifier, requestIds, responder);
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeExceptionResolversConfigurer errorEnvelopeExceptionResolvers(ServletErrorRenderer handler,
			ExceptionPassThrough passThrough, ErrorEnvelopeProperties properties, ApplicationContext context) {
		if (properties.getPrecedence() != Precedence.ENVELOPE_FIRST) {
			return new EnvelopeExceptionResolversConfigurer(handler, passThrough);
		}
		FrameworkExceptions frameworkExceptions = new FrameworkExceptions(
				ExceptionMappings.fromProperties(properties.getExceptions()), context.getClassLoader());
		return new EnvelopeExceptionResolversConfigurer(handler, passThrough,
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
	ErrorPathController errorEnvelopeErrorController(ServletErrorRenderer handler) {
		return new ErrorPathController(handler);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "error-envelope.success-envelope.wrap-success", matchIfMissing = true)
	@Conditional(OnSuccessWrappingCondition.class)
	SuccessEnvelopeAdvice errorEnvelopeSuccessAdvice(EnvelopeStyle style) {
		return new SuccessEnvelopeAdvice(style);
	}

}
