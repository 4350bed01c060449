package io.github.errorenvelope.client;

import java.util.Map;

import io.github.errorenvelope.client.autoconfigure.ErrorEnvelopeClientAutoConfiguration;
import io.github.errorenvelope.client.webclient.ErrorEnvelopeWebClients;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's auto-configuration: what it registers, what it reads, when it backs off.
 */
class ErrorEnvelopeClientAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ErrorEnvelopeClientAutoConfiguration.class));

	@Test
	void registersTheCustomizersOfBootsBuilders() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ErrorEnvelopeDecoder.class)
				.hasSingleBean(ErrorCodeExceptions.class)
				.hasSingleBean(CurrentRequestId.class)
				.hasBean("errorEnvelopeRestClientCustomizer")
				.hasBean("errorEnvelopeRestTemplateCustomizer")
				.hasBean("errorEnvelopeWebClientCustomizer");
			assertThat(context.getBean("errorEnvelopeRestClientCustomizer")).isInstanceOf(RestClientCustomizer.class);
			assertThat(context.getBean("errorEnvelopeRestTemplateCustomizer"))
				.isInstanceOf(RestTemplateCustomizer.class);
			assertThat(context.getBean("errorEnvelopeWebClientCustomizer")).isInstanceOf(WebClientCustomizer.class);
		});
	}

	@Test
	void needsNothingOfTheServerSideModule() {
		this.runner
			.withClassLoader(
					new FilteredClassLoader("io.github.errorenvelope.autoconfigure.", "io.github.errorenvelope.web.",
							"io.github.errorenvelope.style.", "io.github.errorenvelope.classify."))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ErrorEnvelopeDecoder.class)
				.hasBean("errorEnvelopeRestClientCustomizer"));
	}

	@Test
	void withoutWebFluxOrBootsClientModulesOnlyTheCoreBeans() {
		this.runner.withClassLoader(new FilteredClassLoader(WebClient.class, RestClientCustomizer.class))
			.run((context) -> assertThat(context).hasSingleBean(ErrorEnvelopeRestClients.class)
				.doesNotHaveBean("errorEnvelopeRestClientCustomizer")
				.doesNotHaveBean(ErrorEnvelopeWebClients.class));
	}

	@Test
	void styleAndRequestIdHeaderDefaultToTheServerSideProperties() {
		this.runner.withPropertyValues("error-envelope.style=flat", "error-envelope.request-id.header=x-trace")
			.run((context) -> {
				ErrorEnvelopeDecoder decoder = context.getBean(ErrorEnvelopeDecoder.class);
				assertThat(decoder.getRequestIdHeader()).isEqualTo("x-trace");
				HttpHeaders headers = new HttpHeaders();
				headers.set("x-trace", "t-1");
				assertThat(
						decoder.decode(404, headers, "{\"code\":\"not_found\",\"message\":\"Gone.\"}").getRequestId())
					.isEqualTo("t-1");
			});
		this.runner.withPropertyValues("error-envelope.style=flat", "error-envelope.client.request-id.header=x-own")
			.run((context) -> assertThat(context.getBean(ErrorEnvelopeDecoder.class).getRequestIdHeader())
				.isEqualTo("x-own"));
	}

	@Test
	void scansTheApplicationsPackagesAndConfiguredOnesForErrorCodeClasses() {
		this.runner.withUserConfiguration(ApplicationPackage.class)
			.run((context) -> assertThat(context.getBean(ErrorCodeExceptions.class).typeFor("ORDER_ALREADY_SHIPPED"))
				.contains(ShippedException.class));
		this.runner.withPropertyValues("error-envelope.client.exceptions.packages=io.github.errorenvelope.client")
			.run((context) -> assertThat(context.getBean(ErrorCodeExceptions.class).typeFor("order_already_shipped"))
				.contains(ShippedException.class));
		this.runner.withUserConfiguration(ApplicationPackage.class)
			.withPropertyValues("error-envelope.client.exceptions.scan=false")
			.run((context) -> assertThat(context.getBean(ErrorCodeExceptions.class).typeFor("ORDER_ALREADY_SHIPPED"))
				.isEmpty());
	}

	@Test
	void customizersRegisterMoreExceptions() {
		this.runner
			.withBean(ErrorCodeExceptionsCustomizer.class,
					() -> (exceptions) -> exceptions.register("11101", ShippedException.class))
			.run((context) -> assertThat(context.getBean(ErrorCodeExceptions.class).typeFor("11101"))
				.contains(ShippedException.class));
	}

	@Test
	void forwardingCanBeSwitchedOffAndTheWholeClientToo() {
		this.runner.withPropertyValues("error-envelope.client.request-id.forward=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CurrentRequestId.class)
				.hasSingleBean(ErrorEnvelopeRestClients.class));
		this.runner.withPropertyValues("error-envelope.client.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorEnvelopeDecoder.class)
				.doesNotHaveBean("errorEnvelopeRestClientCustomizer"));
	}

	@Test
	void backsOffForTheApplicationsOwnBeans() {
		ErrorEnvelopeDecoder own = ErrorEnvelopeDecoder.create();
		this.runner.withBean(ErrorEnvelopeDecoder.class, () -> own)
			.run((context) -> assertThat(context.getBean(ErrorEnvelopeDecoder.class)).isSameAs(own));
	}

	@Test
	void metadataDescribesEveryProperty() throws Exception {
		try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> metadata = (Map<String, Object>) new JacksonJsonTreeReader()
				.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			java.util.List<Object> names = ((java.util.List<?>) metadata.get("properties")).stream()
				.map((p) -> (Object) ((Map<?, ?>) p).get("name"))
				.toList();
			assertThat(names).contains("error-envelope.client.enabled", "error-envelope.client.style",
					"error-envelope.client.request-id.forward", "error-envelope.client.request-id.header",
					"error-envelope.client.exceptions.packages", "error-envelope.client.retry.enabled",
					"error-envelope.client.retry.max-attempts", "error-envelope.client.retry.max-delay",
					"error-envelope.client.retry.methods");
			assertThat((java.util.List<?>) metadata.get("properties"))
				.allSatisfy((p) -> assertThat(((Map<?, ?>) p).get("description")).as(String.valueOf(p)).isNotNull());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@org.springframework.boot.autoconfigure.AutoConfigurationPackage
	static class ApplicationPackage {

	}

}
