package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.tracing.MicrometerTraceIdSource;
import io.github.errorenvelope.web.TraceIdSource;
import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Error Envelope's Micrometer Tracing support: the current trace
 * id, used as the request id when {@code error-envelope.request-id.use-trace-id} is set.
 */
@AutoConfiguration(
		afterName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" },
		beforeName = { "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebMvcAutoConfiguration",
				"io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebFluxAutoConfiguration" })
@ConditionalOnWebApplication
@ConditionalOnClass(Tracer.class)
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeTracingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TraceIdSource errorEnvelopeTraceIdSource(ObjectProvider<Tracer> tracer) {
		// looked up per request: the tracer may be defined after this bean
		return new MicrometerTraceIdSource(tracer);
	}

}
