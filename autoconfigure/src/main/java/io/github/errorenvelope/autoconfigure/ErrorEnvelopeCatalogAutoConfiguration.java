package io.github.errorenvelope.autoconfigure;

import java.util.List;
import java.util.Locale;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.catalog.ErrorCatalog;
import io.github.errorenvelope.catalog.ErrorCodesEndpoint;
import io.github.errorenvelope.catalog.ErrorDefinitions;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.style.CodeFormatter;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configuration of the error-code catalogue: how errors are described under the
 * current configuration, the catalogue of the application's codes (assembled on first
 * use), and the {@code errorcodes} Actuator endpoint when Actuator is present and the
 * endpoint is exposed.
 */
@AutoConfiguration(afterName = "io.github.errorenvelope.autoconfigure.ErrorEnvelopeAutoConfiguration")
@ConditionalOnBean({ ErrorClassifier.class, CodeFormatter.class })
public class ErrorEnvelopeCatalogAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorDefinitions errorEnvelopeDefinitions(ErrorClassifier classifier, ErrorEnvelopeProperties properties) {
		return new ErrorDefinitions(classifier.getOptions(), properties.getExceptions());
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	ErrorCatalog errorEnvelopeCatalog(ErrorDefinitions definitions, CodeFormatter codes, EnvelopeStyle style,
			ErrorEnvelopeProperties properties, ObjectProvider<MessageSource> messageSource, BeanFactory beanFactory) {
		List<String> packages = AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
				: List.of();
		String styleName = style.getClass().getPackageName().equals(CodeFormatter.class.getPackageName())
				? properties.getStyle().name().toLowerCase(Locale.ROOT).replace('_', '-')
				: style.getClass().getSimpleName();
		return ErrorCatalog.of(styleName, definitions, packages, style.getClass().getClassLoader(), codes,
				messageSource.getIfAvailable(), properties.getCatalog().getLocales());
	}

	/**
	 * The {@code errorcodes} endpoint, when Actuator (and its auto-configuration) is on
	 * the classpath.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
			"org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint" })
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		ErrorCodesEndpoint errorEnvelopeErrorCodesEndpoint(ObjectProvider<ErrorCatalog> catalog) {
			return new ErrorCodesEndpoint(catalog::getObject);
		}

	}

}
