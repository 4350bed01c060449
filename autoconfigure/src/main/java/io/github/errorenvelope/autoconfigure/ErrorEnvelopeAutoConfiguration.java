package io.github.errorenvelope.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.ClassifierOptions;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMapper;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.classify.SpringContractMapper;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.web.ErrorLogPolicy;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.RepeatedFailures;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of Error Envelope's core pipeline, shared by both web stacks and
 * free of servlet and reactive types: the classifier and its mappers, the active style,
 * code formatting, translated messages and the error logger. The entry points come from
 * {@link ErrorEnvelopeWebMvcAutoConfiguration} and
 * {@link ErrorEnvelopeWebFluxAutoConfiguration}; every bean backs off when the
 * application defines its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorEnvelopeProperties.class)
@Import(ErrorEnvelopeMappersConfiguration.class)
public class ErrorEnvelopeAutoConfiguration {

	/** How many distinct failure signatures the repeat window remembers. */
	private static final int REPEATED_FAILURE_SIGNATURES = 1024;

	@Bean
	@ConditionalOnMissingBean
	EnvelopeStyle errorEnvelopeStyle(ErrorEnvelopeProperties properties) {
		return properties.getStyle()
			.create(properties.getSuccessEnvelope().isWrapSuccess(), properties.getProblemDetail().getTypeBaseUri());
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorClassifier errorEnvelopeClassifier(ObjectProvider<ErrorMapper> mappers, ErrorEnvelopeProperties properties) {
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

}
