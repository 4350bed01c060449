package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.classify.SecurityExceptionMapper;
import io.github.errorenvelope.security.EnvelopeAccessDeniedHandler;
import io.github.errorenvelope.security.EnvelopeAuthenticationEntryPoint;
import io.github.errorenvelope.security.SecurityExceptionPassThrough;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.ExceptionPassThrough;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When the servlet Spring Security auto-configuration applies, and how it backs off. */
class ErrorEnvelopeSecurityAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet());

	@Test
	void securityIntegrationIsInstalledWithSpringSecurity() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(SecurityExceptionMapper.class);
			assertThat(context).hasSingleBean(EnvelopeAuthenticationEntryPoint.class);
			assertThat(context).hasSingleBean(EnvelopeAccessDeniedHandler.class);
			assertThat(context).getBean(ExceptionPassThrough.class).isInstanceOf(SecurityExceptionPassThrough.class);
		});
	}

	@Test
	void worksWithoutSpringSecurityOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.security")).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ServletErrorRenderer.class);
			assertThat(context).doesNotHaveBean(SecurityExceptionMapper.class);
			assertThat(context).doesNotHaveBean(EnvelopeAuthenticationEntryPoint.class);
			assertThat(context).getBean(ExceptionPassThrough.class).isSameAs(ExceptionPassThrough.NONE);
		});
	}

	@Test
	void applicationPassThroughReplacesOurs() {
		this.runner.withBean("myPassThrough", ExceptionPassThrough.class, () -> ExceptionPassThrough.NONE)
			.run(context -> assertThat(context).getBean(ExceptionPassThrough.class)
				.isSameAs(ExceptionPassThrough.NONE));
	}

	@Test
	void backsOffWhenDisabledAndOutsideServletApps() {
		this.runner.withPropertyValues("error-envelope.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(EnvelopeAuthenticationEntryPoint.class));
		new ReactiveWebApplicationContextRunner().withConfiguration(EnvelopeAutoConfigurations.servlet())
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EnvelopeAuthenticationEntryPoint.class));
	}

}
