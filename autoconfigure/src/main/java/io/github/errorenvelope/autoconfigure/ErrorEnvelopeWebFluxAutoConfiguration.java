package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.reactive.BodySizeLimitWebFilter;
import io.github.errorenvelope.reactive.CombinedWebFilters;
import io.github.errorenvelope.reactive.EnvelopeWebExceptionHandler;
import io.github.errorenvelope.reactive.RequestIdMdcAccessor;
import io.github.errorenvelope.reactive.RequestIdWebFilter;
import io.github.errorenvelope.reactive.StatusOnlyResponseWebFilter;
import io.github.errorenvelope.reactive.SuccessEnvelopeResultHandler;
import io.github.errorenvelope.reactive.UnreachableExceptionHandlers;
import io.github.errorenvelope.reactive.WebFluxExceptionMapper;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.web.EnvelopeJson;
import io.github.errorenvelope.web.ErrorFinisher;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.ErrorObserver;
import io.github.errorenvelope.web.RequestIdPolicy;
import io.github.errorenvelope.web.TraceIdSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.WebHttpHandlerBuilderCustomizer;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseBodyResultHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityResultHandler;

/**
 * Auto-configuration of Error Envelope for reactive (WebFlux) web applications: the
 * request-id web filter, the WebFlux exception mapper, the {@code WebExceptionHandler}
 * that answers every error in the envelope in place of Spring Boot's own and the
 * success-envelope result handler, on top of the core pipeline of
 * {@link ErrorEnvelopeAutoConfiguration} (classifier, mappers, style). Every bean backs
 * off when the application defines its own.
 */
@AutoConfiguration(
		afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" },
		beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ DispatcherHandler.class, JsonMapper.class })
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeWebFluxAutoConfiguration {

	/** Spring's own default for {@code spring.http.codecs.max-in-memory-size}. */
	private static final DataSize DEFAULT_MAX_IN_MEMORY_SIZE = DataSize.ofKilobytes(256);

	@Bean
	@ConditionalOnMissingBean
	RequestIdPolicy errorEnvelopeRequestIdPolicy(ErrorEnvelopeProperties properties,
			ObjectProvider<TraceIdSource> traceIds) {
		TraceIdSource source = properties.getRequestId().isUseTraceId() ? traceIds.getIfUnique() : null;
		return new RequestIdPolicy(properties.getRequestId().getHeader(), properties.getRequestId().isTrustIncoming(),
				source);
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeRequestIdWebFilter")
	RequestIdWebFilter errorEnvelopeRequestIdWebFilter(RequestIdPolicy requestIds, ErrorEnvelopeProperties properties) {
		return new RequestIdWebFilter(requestIds, properties.getRequestId().isExposeInCors(),
				Ordered.HIGHEST_PRECEDENCE);
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeJson errorEnvelopeJson(ObjectProvider<JsonMapper> jsonMapper, EnvelopeStyle style,
			ErrorEnvelopeProperties properties) {
		return new EnvelopeJson(jsonMapper.getIfAvailable(JsonMapper::new), style,
				properties.getRequestId().getHeader(), properties.getWwwAuthenticate());
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorFinisher errorEnvelopeFinisher(ErrorMessages messages, ObjectProvider<ApiErrorCustomizer> customizers,
			CodeFormatter codes, ErrorLogger logger, ObjectProvider<ErrorObserver> observers) {
		return new ErrorFinisher(messages, customizers.orderedStream().toList(), codes, logger,
				observers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	WebFluxExceptionMapper errorEnvelopeWebFluxExceptionMapper() {
		return new WebFluxExceptionMapper();
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeWebExceptionHandler errorEnvelopeWebExceptionHandler(ErrorClassifier classifier, RequestIdPolicy requestIds,
			ErrorFinisher finisher, EnvelopeJson json, Environment environment, ErrorEnvelopeProperties properties) {
		return new EnvelopeWebExceptionHandler(classifier, requestIds, finisher, json, maxInMemorySize(environment),
				properties.getRequestId().getMdcKey());
	}

	private static long maxInMemorySize(Environment environment) {
		return environment
			.getProperty("spring.http.codecs.max-in-memory-size", DataSize.class, DEFAULT_MAX_IN_MEMORY_SIZE)
			.toBytes();
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeStatusOnlyResponseWebFilter")
	StatusOnlyResponseWebFilter errorEnvelopeStatusOnlyResponseWebFilter(EnvelopeWebExceptionHandler handler) {
		// right behind the request-id filter, in front of Spring Security's filter chain
		// (-100)
		return new StatusOnlyResponseWebFilter(handler, Ordered.HIGHEST_PRECEDENCE + 1);
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeBodySizeLimitWebFilter")
	BodySizeLimitWebFilter errorEnvelopeBodySizeLimitWebFilter(ErrorEnvelopeProperties properties) {
		// a limit of zero or less switches the filter off; the codecs' own buffer limit
		// still applies
		long maxBytes = properties.getLimits().getMaxBodySize().toBytes();
		return new BodySizeLimitWebFilter((maxBytes > 0) ? maxBytes : Long.MAX_VALUE, Ordered.HIGHEST_PRECEDENCE + 2);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "error-envelope.success-envelope.wrap-success", matchIfMissing = true)
	@Conditional(OnSuccessWrappingCondition.class)
	SuccessEnvelopeResultHandler errorEnvelopeSuccessResultHandler(EnvelopeStyle style,
			ObjectProvider<ResponseBodyResultHandler> bodies, ObjectProvider<ResponseEntityResultHandler> entities) {
		return new SuccessEnvelopeResultHandler(style, bodies, entities);
	}

	/**
	 * Where Spring Boot's WebFlux error handling is present, the envelope's handler is
	 * registered as Boot's {@link ErrorWebExceptionHandler}, which makes Boot's
	 * {@code DefaultErrorWebExceptionHandler} back off: it would never answer anything,
	 * since the envelope answers every error, and WebFlux wraps every request's handling
	 * in one more operator per exception handler. Registered ahead of the plain
	 * {@link EnvelopeWebExceptionHandler} bean above (nested configurations come first),
	 * and like it replaced by an application's own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ErrorWebExceptionHandler.class)
	static class BootErrorHandlerConfiguration {

		@Bean
		@ConditionalOnMissingBean(EnvelopeWebExceptionHandler.class)
		EnvelopeErrorWebExceptionHandler errorEnvelopeWebExceptionHandler(ErrorClassifier classifier,
				RequestIdPolicy requestIds, ErrorFinisher finisher, EnvelopeJson json, Environment environment,
				ErrorEnvelopeProperties properties) {
			return new EnvelopeErrorWebExceptionHandler(classifier, requestIds, finisher, json,
					maxInMemorySize(environment), properties.getRequestId().getMdcKey());
		}

	}

	/**
	 * The envelope's handler in the role of Spring Boot's error web exception handler.
	 */
	static final class EnvelopeErrorWebExceptionHandler extends EnvelopeWebExceptionHandler
			implements ErrorWebExceptionHandler {

		EnvelopeErrorWebExceptionHandler(ErrorClassifier classifier, RequestIdPolicy requestIds, ErrorFinisher finisher,
				EnvelopeJson json, long maxInMemorySize, String mdcKey) {
			super(classifier, requestIds, finisher, json, maxInMemorySize, mdcKey);
		}

	}

	/**
	 * What the server's handler is built from: the starter's consecutive filters run as
	 * one, and Spring's status handler, which the envelope's handler leaves nothing to
	 * answer, is left out. Both cost every request an operator or more each.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.webflux.autoconfigure.WebHttpHandlerBuilderCustomizer")
	static class WebFilterChainConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "errorEnvelopeWebFiltersCombiner")
		WebHttpHandlerBuilderCustomizer errorEnvelopeWebFiltersCombiner() {
			return (builder) -> builder.filters(CombinedWebFilters::combine);
		}

		@Bean
		@ConditionalOnMissingBean(name = "errorEnvelopeUnreachableExceptionHandlers")
		WebHttpHandlerBuilderCustomizer errorEnvelopeUnreachableExceptionHandlers() {
			return (builder) -> builder.exceptionHandlers(UnreachableExceptionHandlers::remove);
		}

	}

	/**
	 * Micrometer context propagation: the request id in the SLF4J MDC while a request is
	 * processed.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.context.ContextRegistry")
	static class MdcPropagationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		RequestIdMdcAccessor errorEnvelopeRequestIdMdcAccessor(ErrorEnvelopeProperties properties) {
			return new RequestIdMdcAccessor(properties.getRequestId().getMdcKey());
		}

	}

}
