package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.classify.BindingResultMapper;
import io.github.errorenvelope.classify.BodyFieldNames;
import io.github.errorenvelope.classify.ConstraintViolationMapper;
import io.github.errorenvelope.classify.FrameworkStatusMapper;
import io.github.errorenvelope.classify.MalformedInputMapper;
import io.github.errorenvelope.classify.MessageNotReadableMapper;
import io.github.errorenvelope.classify.MethodValidationMapper;
import io.github.errorenvelope.classify.MissingParameterMapper;
import io.github.errorenvelope.classify.ReadFailureInterpreter;
import io.github.errorenvelope.classify.SecurityExceptionMapper;
import io.github.errorenvelope.classify.TypeMismatchMapper;
import io.github.errorenvelope.classify.jackson.JacksonBodyFieldNames;
import io.github.errorenvelope.classify.jackson.JacksonReadFailureInterpreter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The built-in mappers of the classifier, for Spring's web exception families (shared by
 * Spring MVC and WebFlux) and for the optional libraries present: Bean Validation, Spring
 * Security, Jackson. Imported by {@link ErrorEnvelopeAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ErrorEnvelopeMappersConfiguration {

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
