package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.metrics.ErrorMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Error Envelope's Micrometer metrics: a counter of error responses
 * by status, code and type, registered in the application's {@link MeterRegistry} once
 * Spring Boot's metrics auto-configuration has created it.
 */
@AutoConfiguration(afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnWebApplication
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorMetrics errorEnvelopeMetrics(MeterRegistry registry) {
		return new ErrorMetrics(registry);
	}

}
