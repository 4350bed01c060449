package io.github.errorenvelope.autoconfigure;

import java.util.Arrays;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.web.ErrorObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the metrics auto-configuration applies: on a {@link MeterRegistry} bean, after
 * Spring Boot's metrics auto-configuration has had the chance to define it.
 */
class ErrorEnvelopeMetricsAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet());

	@Test
	void countsIntoTheApplicationsRegistry() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
			assertThat(context).hasSingleBean(ErrorMetrics.class);
			context.getBean(ErrorObserver.class).onError(ApiError.builder(404).code("NOT_FOUND").build(), null);
			assertThat(context.getBean(MeterRegistry.class)
				.get(ErrorMetrics.METER)
				.tag("code", "NOT_FOUND")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void backsOffWithoutARegistry() {
		this.runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ErrorMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ErrorMetrics.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("error-envelope.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(ErrorMetrics.class));
	}

	@Test
	void applicationRecorderReplacesOurs() {
		ErrorMetrics own = new ErrorMetrics(new SimpleMeterRegistry());
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withBean("myMetrics", ErrorMetrics.class, () -> own)
			.run(context -> assertThat(context).getBean(ErrorMetrics.class).isSameAs(own));
	}

	@Test
	void runsAfterSpringBootsMeterRegistryAutoConfiguration() {
		AutoConfiguration ordering = ErrorEnvelopeMetricsAutoConfiguration.class.getAnnotation(AutoConfiguration.class);
		assertThat(Arrays.asList(ordering.afterName())).contains(
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration");
	}

}
