package io.github.errorenvelope.client.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.errorenvelope.client.CurrentRequestId;
import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorCodeExceptions;
import io.github.errorenvelope.client.ErrorCodeExceptionsCustomizer;
import io.github.errorenvelope.client.ErrorEnvelopeDecoder;
import io.github.errorenvelope.client.ErrorEnvelopeRestClients;
import io.github.errorenvelope.client.JacksonJsonTreeReader;
import io.github.errorenvelope.client.RetryPolicy;
import io.github.errorenvelope.client.webclient.ErrorEnvelopeWebClients;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Error Envelope client: decoding of error responses in every
 * style, the application's exceptions by code, request-id forwarding and retries, applied
 * to Spring Boot's {@code RestClient.Builder}, {@code RestTemplateBuilder} and
 * {@code WebClient.Builder}. Independent of the server-side starter.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "error-envelope.client.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorEnvelopeClientProperties.class)
public class ErrorEnvelopeClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorEnvelopeDecoder errorEnvelopeDecoder(ErrorEnvelopeClientProperties properties, Environment environment,
			ObjectProvider<EnvelopeReader> readers) {
		String style = (properties.getStyle() != null) ? properties.getStyle()
				: environment.getProperty("error-envelope.style", "auto");
		return new ErrorEnvelopeDecoder(readers.orderedStream().toList(), "auto".equals(style) ? null : style,
				requestIdHeader(properties, environment), new JacksonJsonTreeReader(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorCodeExceptions errorEnvelopeErrorCodeExceptions(ErrorEnvelopeClientProperties properties,
			Environment environment, BeanFactory beanFactory,
			ObjectProvider<ErrorCodeExceptionsCustomizer> customizers) {
		ErrorCodeExceptions exceptions = new ErrorCodeExceptions();
		if (properties.getExceptions().isScan()) {
			List<String> packages = new ArrayList<>(properties.getExceptions().getPackages());
			if (AutoConfigurationPackages.has(beanFactory)) {
				packages.addAll(AutoConfigurationPackages.get(beanFactory));
			}
			ClassLoader classLoader = ErrorEnvelopeClientAutoConfiguration.class.getClassLoader();
			ErrorCodeScanner.scan(packages, environment, classLoader).forEach(exceptions::register);
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(exceptions));
		return exceptions;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "error-envelope.client.request-id.forward", matchIfMissing = true)
	CurrentRequestId errorEnvelopeCurrentRequestId(ErrorEnvelopeClientProperties properties, Environment environment) {
		String mdcKey = (properties.getRequestId().getMdcKey() != null) ? properties.getRequestId().getMdcKey()
				: environment.getProperty("error-envelope.request-id.mdc-key", "requestId");
		return new CurrentRequestId(requestIdHeader(properties, environment), mdcKey);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorEnvelopeRestClients errorEnvelopeRestClients(ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions,
			ObjectProvider<CurrentRequestId> currentRequestId, ErrorEnvelopeClientProperties properties) {
		return configurer(ErrorEnvelopeRestClients::new, decoder, exceptions, currentRequestId, properties);
	}

	/** Creates a configurer of one kind of client from the shared parts. */
	@FunctionalInterface
	interface ConfigurerFactory<T> {

		T create(ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions, CurrentRequestId currentRequestId,
				RetryPolicy retryPolicy);

	}

	static <T> T configurer(ConfigurerFactory<T> factory, ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions,
			ObjectProvider<CurrentRequestId> currentRequestId, ErrorEnvelopeClientProperties properties) {
		return factory.create(decoder, exceptions, currentRequestId.getIfAvailable(), retryPolicy(properties));
	}

	static String requestIdHeader(ErrorEnvelopeClientProperties properties, Environment environment) {
		return (properties.getRequestId().getHeader() != null) ? properties.getRequestId().getHeader() : environment
			.getProperty("error-envelope.request-id.header", ErrorEnvelopeDecoder.DEFAULT_REQUEST_ID_HEADER);
	}

	static RetryPolicy retryPolicy(ErrorEnvelopeClientProperties properties) {
		ErrorEnvelopeClientProperties.Retry retry = properties.getRetry();
		if (!retry.isEnabled()) {
			return null;
		}
		Set<HttpMethod> methods = retry.getMethods().stream().map(HttpMethod::valueOf).collect(Collectors.toSet());
		return new RetryPolicy(retry.getMaxAttempts(), retry.getMaxDelay(), retry.getDefaultDelay(),
				Set.copyOf(retry.getStatuses()), methods);
	}

	/** Spring Boot's {@code RestClient.Builder} and {@code RestTemplateBuilder}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClientCustomizer.class)
	static class RestClientConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "errorEnvelopeRestClientCustomizer")
		RestClientCustomizer errorEnvelopeRestClientCustomizer(ErrorEnvelopeRestClients clients) {
			return clients::apply;
		}

		@Bean
		@ConditionalOnMissingBean(name = "errorEnvelopeRestTemplateCustomizer")
		RestTemplateCustomizer errorEnvelopeRestTemplateCustomizer(ErrorEnvelopeRestClients clients) {
			return clients::apply;
		}

	}

	/** Spring Boot's {@code WebClient.Builder}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ WebClient.class, WebClientCustomizer.class })
	static class WebClientConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ErrorEnvelopeWebClients errorEnvelopeWebClients(ErrorEnvelopeDecoder decoder, ErrorCodeExceptions exceptions,
				ObjectProvider<CurrentRequestId> currentRequestId, ErrorEnvelopeClientProperties properties) {
			return configurer(ErrorEnvelopeWebClients::new, decoder, exceptions, currentRequestId, properties);
		}

		@Bean
		@ConditionalOnMissingBean(name = "errorEnvelopeWebClientCustomizer")
		WebClientCustomizer errorEnvelopeWebClientCustomizer(ErrorEnvelopeWebClients clients) {
			return clients::apply;
		}

	}

}
