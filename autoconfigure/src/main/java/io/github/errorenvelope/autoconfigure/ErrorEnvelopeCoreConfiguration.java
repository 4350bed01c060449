package io.github.errorenvelope.autoconfigure;

import java.util.ArrayList;
import java.util.List;

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
import io.github.errorenvelope.classify.SecurityExceptionMapper;
import io.github.errorenvelope.classify.SpringContractMapper;
import io.github.errorenvelope.classify.TypeMismatchMapper;
import io.github.errorenvelope.classify.jackson.JacksonBodyFieldNames;
import io.github.errorenvelope.classify.jackson.JacksonReadFailureInterpreter;
import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.tracing.MicrometerTraceIdSource;
import io.github.errorenvelope.web.ErrorLogPolicy;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.RepeatedFailures;
import io.github.errorenvelope.web.TraceIdSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans both web stacks share, free of servlet and reactive types: the classifier and
 * its mappers, the active style, code formatting, translated messages, the error logger,
 * metrics and the trace-id source. Imported by the servlet and by the WebFlux
 * auto-configuration; every bean backs off when the application defines its own.
 */
@Configuration(proxyBeanMethods = false)
class ErrorEnvelopeCoreConfiguration {

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

	/**
	 * The built-in mappers for Spring's web exception families (shared by Spring MVC and
	 * WebFlux).
	 */
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
		FrameworkStatusMapper errorEnvelopeFrameworkStatusMapper() {
			return new FrameworkStatusMapper();
		}

		@Bean
		@ConditionalOnMissingBean
		MalformedInputMapper errorEnvelopeMalformedInputMapper() {
			return new MalformedInputMapper();
		}

	}

	/**
	 * Spring's missing-value exceptions of the servlet stack (they extend
	 * {@code ServletException}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.servlet.ServletException")
	static class ServletBindingMapperConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MissingParameterMapper errorEnvelopeMissingParameterMapper() {
			return new MissingParameterMapper();
		}

	}

	/**
	 * Bean Validation's {@code ConstraintViolationException}, when Bean Validation is
	 * present.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.validation.ConstraintViolationException")
	static class BeanValidationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ConstraintViolationMapper errorEnvelopeConstraintViolationMapper() {
			return new ConstraintViolationMapper();
		}

	}

	/** Spring Security: its exceptions map to 401/403. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.access.AccessDeniedException")
	static class SecurityMapperConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SecurityExceptionMapper errorEnvelopeSecurityExceptionMapper() {
			return new SecurityExceptionMapper();
		}

	}

	/** Micrometer: a counter of error responses by status, code and type. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ErrorMetrics errorEnvelopeMetrics(ObjectProvider<MeterRegistry> registry) {
			// looked up on use, so the registry's own auto-configuration order does not
			// matter
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
