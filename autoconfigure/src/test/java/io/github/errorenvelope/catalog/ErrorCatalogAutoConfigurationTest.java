package io.github.errorenvelope.catalog;

import io.github.errorenvelope.autoconfigure.EnvelopeAutoConfigurations;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeCatalogAutoConfiguration;
import io.github.errorenvelope.autoconfigure.ErrorEnvelopeOpenApiAutoConfiguration;
import io.github.errorenvelope.openapi.ErrorResponsesOperationCustomizer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When the catalogue and its {@code errorcodes} endpoint are configured. */
class ErrorCatalogAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet())
		.withConfiguration(AutoConfigurations.of(ErrorEnvelopeCatalogAutoConfiguration.class,
				ErrorEnvelopeOpenApiAutoConfiguration.class));

	@Test
	void theCatalogueIsAssembledOnFirstUse() {
		this.runner.run(context -> assertThat(context).hasSingleBean(ErrorCatalog.class)
			.getBean(ErrorCatalog.class)
			.extracting(ErrorCatalog::getStyle)
			.isEqualTo("nested-error"));
	}

	@Test
	void theCatalogueEndpointNeedsActuatorAndExposure() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(ErrorCodesEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=errorcodes")
			.run(context -> assertThat(context).hasSingleBean(ErrorCodesEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=errorcodes")
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ErrorCodesEndpoint.class));
		this.runner.withPropertyValues("error-envelope.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(ErrorCatalog.class)
				.doesNotHaveBean(ErrorResponsesOperationCustomizer.class));
	}

}
