package io.github.errorenvelope.autoconfigure;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.tomcat.EnvelopeErrorReportValveCustomizer;
import io.github.errorenvelope.tomcat.TomcatParameterErrorMapper;
import io.github.errorenvelope.web.ContainerRejectionRenderer;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** When the Tomcat auto-configuration applies, what it creates, and how it backs off. */
class ErrorEnvelopeTomcatAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet())
		.withConfiguration(AutoConfigurations.of(ErrorEnvelopeTomcatAutoConfiguration.class));

	@Test
	void tomcatAppGetsTheValveCustomizerAndTheParameterMapper() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(EnvelopeErrorReportValveCustomizer.class);
			assertThat(context).hasSingleBean(ContainerRejectionRenderer.class);
			assertThat(context).hasSingleBean(TomcatParameterErrorMapper.class);
		});
	}

	@Test
	void tomcatParameterLimitsKeepTomcatsStatus() {
		this.runner.run(context -> {
			ErrorClassifier classifier = context.getBean(ErrorClassifier.class);
			ApiError tooLarge = classifier.classify(new InvalidParameterException("form too large", 413))
				.error()
				.build();
			assertThat(tooLarge.getStatus()).isEqualTo(413);
			assertThat(tooLarge.getCode()).isEqualTo("PAYLOAD_TOO_LARGE");
			ApiError tooMany = classifier
				.classify(new InvalidParameterException("maxParameterCount [1,000] on the Connector"))
				.error()
				.build();
			assertThat(tooMany.getStatus()).isEqualTo(400);
			assertThat(tooMany.getCode()).isEqualTo("MALFORMED_REQUEST");
			assertThat(tooMany.getMessage()).isEqualTo(TomcatParameterErrorMapper.PARAMETERS_MESSAGE);
		});
	}

	@Test
	void containerErrorsCanBeSwitchedOff() {
		this.runner.withPropertyValues("error-envelope.container-errors.enabled=false").run(context -> {
			assertThat(context).doesNotHaveBean(EnvelopeErrorReportValveCustomizer.class);
			assertThat(context).doesNotHaveBean(ContainerRejectionRenderer.class);
			assertThat(context).hasSingleBean(TomcatParameterErrorMapper.class);
		});
	}

	@Test
	void backsOffWhenTheStarterIsDisabled() {
		this.runner.withPropertyValues("error-envelope.enabled=false").run(context -> {
			assertThat(context).doesNotHaveBean(EnvelopeErrorReportValveCustomizer.class);
			assertThat(context).doesNotHaveBean(TomcatParameterErrorMapper.class);
		});
	}

	@Test
	void backsOffWithoutTomcat() {
		this.runner.withClassLoader(new FilteredClassLoader(Tomcat.class)).run(context -> {
			assertThat(context).hasSingleBean(ErrorClassifier.class);
			assertThat(context).doesNotHaveBean(EnvelopeErrorReportValveCustomizer.class);
			assertThat(context).doesNotHaveBean(TomcatParameterErrorMapper.class);
		});
	}

	@Test
	void applicationBeansReplaceOurs() {
		this.runner.withUserConfiguration(OwnCustomizerConfiguration.class).run(context -> {
			assertThat(context).getBean(EnvelopeErrorReportValveCustomizer.class)
				.isSameAs(context.getBean("myValveCustomizer"));
		});
	}

	@Test
	void switchIsDescribedInTheMetadata() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonNode metadata = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			JsonNode property = null;
			for (JsonNode candidate : metadata.get("properties")) {
				if (candidate.get("name").asString().equals("error-envelope.container-errors.enabled")) {
					property = candidate;
				}
			}
			assertThat(property).isNotNull();
			assertThat(property.get("description").asString()).contains("Tomcat");
			assertThat(property.get("defaultValue").asBoolean()).isTrue();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnCustomizerConfiguration {

		@Bean
		EnvelopeErrorReportValveCustomizer myValveCustomizer() {
			return new EnvelopeErrorReportValveCustomizer(() -> null);
		}

	}

}
