package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.web.RequestIds;
import io.github.errorenvelope.web.TraceIdSource;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the tracing auto-configuration applies, and how the request ids use it only when
 * asked to.
 */
class ErrorEnvelopeTracingAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet());

	@Test
	void traceIdBecomesTheRequestIdWhenAskedFor() {
		this.runner.withBean(Tracer.class, () -> Tracer.NOOP)
			.withPropertyValues("error-envelope.request-id.use-trace-id=true")
			.run(context -> {
				assertThat(context).hasSingleBean(TraceIdSource.class);
				assertThat(context.getBean(RequestIds.class).traceIds()).isNotNull();
				assertThat(context.getBean(TraceIdSource.class).currentTraceId()).isNull();
			});
	}

	@Test
	void requestIdsIgnoreTheTraceByDefault() {
		this.runner.run(context -> assertThat(context.getBean(RequestIds.class).traceIds()).isNull());
	}

	@Test
	void backsOffWithoutMicrometerTracing() {
		this.runner.withClassLoader(new FilteredClassLoader("io.micrometer.tracing"))
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TraceIdSource.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("error-envelope.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(TraceIdSource.class));
	}

	@Test
	void applicationSourceReplacesOurs() {
		TraceIdSource own = () -> "own-trace";
		this.runner.withBean("myTraceIds", TraceIdSource.class, () -> own)
			.withPropertyValues("error-envelope.request-id.use-trace-id=true")
			.run(context -> assertThat(context.getBean(RequestIds.class).traceIds()).isSameAs(own));
	}

}
