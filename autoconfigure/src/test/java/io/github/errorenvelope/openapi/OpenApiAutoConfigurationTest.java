package io.github.errorenvelope.openapi;

import io.github.errorenvelope.autoconfigure.EnvelopeAutoConfigurations;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeCatalogAutoConfiguration;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeOpenApiAutoConfiguration;
import io.github.errorenvelope.catalog.ErrorCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the OpenAPI integration and the catalogue are configured, and when they back off.
 */
class OpenApiAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet())
		.withConfiguration(AutoConfigurations.of(ErrorEnvelopeCatalogAutoConfiguration.class,
				ErrorEnvelopeOpenApiAutoConfiguration.class));

	@Test
	void springdocOnTheClasspathGetsTheCustomizers() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(ErrorResponsesOperationCustomizer.class)
				.hasSingleBean(ErrorEnvelopeOpenApiCustomizer.class)
				.hasSingleBean(ErrorCatalog.class);
			assertThat(context).getBean(OperationSecurity.class).isInstanceOf(SpringSecurityOperationSecurity.class);
		});
	}

	@Test
	void thePropertySwitchesTheIntegrationOff() {
		this.runner.withPropertyValues("error-envelope.openapi.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(ErrorResponsesOperationCustomizer.class)
				.doesNotHaveBean(ErrorEnvelopeOpenApiCustomizer.class)
				.hasSingleBean(ErrorCatalog.class));
	}

	@Test
	void withoutSpringdocNothingIsConfiguredButTheCatalogue() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springdoc", "io.swagger"))
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorResponsesOperationCustomizer.class)
				.hasSingleBean(ErrorCatalog.class));
	}

	@Test
	void withoutSpringSecurityNoSecurityStatusesAreDocumented() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.run(context -> assertThat(context).hasSingleBean(ErrorResponsesOperationCustomizer.class)
				.doesNotHaveBean(OperationSecurity.class));
	}

	@Test
	void theApplicationsOwnBeansWin() {
		this.runner.withBean(OperationSecurity.class, () -> OperationSecurity.NONE)
			.run(context -> assertThat(context).getBean(OperationSecurity.class).isSameAs(OperationSecurity.NONE));
	}

}
