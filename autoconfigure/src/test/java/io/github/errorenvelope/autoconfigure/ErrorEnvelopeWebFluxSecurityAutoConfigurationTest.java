package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.reactive.EnvelopeServerAccessDeniedHandler;
import io.github.errorenvelope.reactive.EnvelopeServerAuthenticationEntryPoint;
import io.github.errorenvelope.reactive.EnvelopeServerHttpSecurityPostProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When the WebFlux Spring Security auto-configuration applies, and how it backs off. */
class ErrorEnvelopeWebFluxSecurityAutoConfigurationTest {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.reactive());

	@Test
	void entryPointAndAccessDeniedHandlerWithSpringSecurity() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(EnvelopeServerAuthenticationEntryPoint.class);
			assertThat(context).hasSingleBean(EnvelopeServerAccessDeniedHandler.class);
			assertThat(context).hasSingleBean(EnvelopeServerHttpSecurityPostProcessor.class);
		});
	}

	@Test
	void backsOffWithoutSpringSecurity() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EnvelopeServerAuthenticationEntryPoint.class)
				.doesNotHaveBean(EnvelopeServerHttpSecurityPostProcessor.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("error-envelope.enabled=false")
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EnvelopeServerAccessDeniedHandler.class));
	}

	@Test
	void applicationEntryPointReplacesOurs() {
		EnvelopeServerAuthenticationEntryPoint own = new EnvelopeServerAuthenticationEntryPoint(null);
		this.runner.withBean("myEntryPoint", EnvelopeServerAuthenticationEntryPoint.class, () -> own)
			.run(context -> assertThat(context).getBean(EnvelopeServerAuthenticationEntryPoint.class).isSameAs(own));
	}

}
