package io.github.errorenvelope.autoconfigure;

import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.web.ExceptionPassThrough;
import io.github.errorenvelope.style.ClaidStyle;
import io.github.errorenvelope.style.NestedErrorStyle;
import io.github.errorenvelope.style.ProblemDetailStyle;
import io.github.errorenvelope.web.ErrorPathController;
import io.github.errorenvelope.web.EnvelopeExceptionResolversConfigurer;
import io.github.errorenvelope.web.EnvelopeFirstResolver;
import io.github.errorenvelope.web.EnvelopeHandlerExceptionResolver;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.SuccessEnvelopeAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerExceptionResolverComposite;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** When the auto-configuration applies, what it creates, and how it backs off. */
class ErrorEnvelopeAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.servlet());

	@Test
	void servletAppGetsThePipelineAndBothEntryPoints() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(ErrorClassifier.class);
			assertThat(context).hasSingleBean(ServletErrorRenderer.class);
			assertThat(context).hasSingleBean(EnvelopeExceptionResolversConfigurer.class);
			assertThat(context).hasSingleBean(ErrorPathController.class);
			assertThat(context).getBean(EnvelopeStyle.class).isInstanceOf(NestedErrorStyle.class);
		});
	}

	@Test
	void styleIsChosenByProperty() {
		this.runner.withPropertyValues("error-envelope.style=problem-detail")
			.run(context -> assertThat(context).getBean(EnvelopeStyle.class).isInstanceOf(ProblemDetailStyle.class));
		this.runner.withPropertyValues("error-envelope.style=claid")
			.run(context -> assertThat(context).getBean(EnvelopeStyle.class).isInstanceOf(ClaidStyle.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("error-envelope.enabled=false").run(context -> {
			assertThat(context).doesNotHaveBean(ErrorClassifier.class);
			assertThat(context).doesNotHaveBean(EnvelopeExceptionResolversConfigurer.class);
			assertThat(context).doesNotHaveBean(ErrorPathController.class);
			assertThat(context).doesNotHaveBean(ErrorEnvelopeProperties.class);
		});
	}

	@Test
	void backsOffOutsideWebApps() {
		new ApplicationContextRunner().withConfiguration(EnvelopeAutoConfigurations.servlet())
			.run(context -> assertThat(context).doesNotHaveBean(ErrorClassifier.class));
	}

	@Test
	void servletEntryPointsBackOffOutsideServletApps() {
		new ReactiveWebApplicationContextRunner().withConfiguration(EnvelopeAutoConfigurations.servlet())
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ServletErrorRenderer.class)
				.doesNotHaveBean(EnvelopeExceptionResolversConfigurer.class)
				.doesNotHaveBean(ExceptionPassThrough.class));
	}

	@Test
	void applicationStyleReplacesTheBuiltIn() {
		this.runner.withUserConfiguration(CustomStyleConfiguration.class)
			.withPropertyValues("error-envelope.style=flat")
			.run(context -> assertThat(context).getBean(EnvelopeStyle.class).isSameAs(context.getBean("customStyle")));
	}

	@Test
	void applicationErrorControllerReplacesOurs() {
		this.runner.withUserConfiguration(CustomErrorControllerConfiguration.class).run(context -> {
			assertThat(context).doesNotHaveBean(ErrorPathController.class);
			assertThat(context).hasSingleBean(ErrorController.class);
			assertThat(context).hasSingleBean(EnvelopeExceptionResolversConfigurer.class);
		});
	}

	@Test
	void catchAllRunsAfterExceptionHandlerMethodsAndBeforeSpringsDefaultResolvers() {
		this.runner.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class)).run(context -> {
			List<HandlerExceptionResolver> resolvers = context
				.getBean("handlerExceptionResolver", HandlerExceptionResolverComposite.class)
				.getExceptionResolvers();
			assertThat(resolvers).hasSize(4);
			assertThat(resolvers.get(0)).isInstanceOf(ExceptionHandlerExceptionResolver.class);
			assertThat(resolvers.get(1)).isInstanceOf(EnvelopeHandlerExceptionResolver.class);
			assertThat(resolvers.get(2)).isInstanceOf(ResponseStatusExceptionResolver.class);
			assertThat(resolvers.get(3)).isInstanceOf(DefaultHandlerExceptionResolver.class);
			MockHttpServletResponse response = new MockHttpServletResponse();
			ModelAndView answer = resolvers.get(1)
				.resolveException(new MockHttpServletRequest("GET", "/x"), response, null,
						new UnsupportedOperationException("no"));
			assertThat(answer).isNotNull();
			assertThat(answer.isEmpty()).isTrue();
			assertThat(response.getStatus()).isEqualTo(500);
			assertThat(response.getContentAsString()).contains("INTERNAL_ERROR");
		});
	}

	@Test
	void envelopeFirstPutsTheFrameworkErrorsResolverInFrontOfExceptionHandlerMethods() {
		this.runner.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
			.withPropertyValues("error-envelope.precedence=envelope-first")
			.run(context -> {
				List<HandlerExceptionResolver> resolvers = context
					.getBean("handlerExceptionResolver", HandlerExceptionResolverComposite.class)
					.getExceptionResolvers();
				assertThat(resolvers).hasSize(5);
				assertThat(resolvers.get(0)).isInstanceOf(EnvelopeFirstResolver.class);
				assertThat(resolvers.get(1)).isInstanceOf(ExceptionHandlerExceptionResolver.class);
				assertThat(resolvers.get(3)).isInstanceOf(ResponseStatusExceptionResolver.class);
			});
	}

	@Test
	void applicationCatchAllReplacesOurs() {
		this.runner.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
			.withBean("myCatchAll", EnvelopeExceptionResolversConfigurer.class,
					() -> new EnvelopeExceptionResolversConfigurer(mock(ServletErrorRenderer.class),
							ExceptionPassThrough.NONE) {
						@Override
						public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
							// the application leaves Spring's resolvers as they are
						}
					})
			.run(context -> {
				assertThat(context).getBean(EnvelopeExceptionResolversConfigurer.class)
					.isSameAs(context.getBean("myCatchAll"));
				assertThat(context.getBean("handlerExceptionResolver", HandlerExceptionResolverComposite.class)
					.getExceptionResolvers()).hasSize(3);
			});
	}

	@Test
	void applicationBeansReplaceEachOfOurs() {
		this.runner.withUserConfiguration(CustomHandlerConfiguration.class).run(context -> {
			assertThat(context).getBean(ServletErrorRenderer.class).isSameAs(context.getBean("myHandler"));
		});
	}

	@Test
	void successWrapperIsInstalledOnlyWhenEnabled() {
		this.runner.withPropertyValues("error-envelope.style=success-envelope")
			.run(context -> assertThat(context).hasSingleBean(SuccessEnvelopeAdvice.class));
		this.runner
			.withPropertyValues("error-envelope.style=success-envelope",
					"error-envelope.success-envelope.wrap-success=false")
			.run(context -> assertThat(context).doesNotHaveBean(SuccessEnvelopeAdvice.class));
	}

	@Test
	void successWrapperIsNotRegisteredForStylesThatDoNotWrap() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(SuccessEnvelopeAdvice.class));
		this.runner.withPropertyValues("error-envelope.style=flat")
			.run(context -> assertThat(context).doesNotHaveBean(SuccessEnvelopeAdvice.class));
	}

	@Test
	void successWrapperIsRegisteredForAnApplicationStyle() {
		this.runner.withBean("myStyle", EnvelopeStyle.class, () -> (error) -> java.util.Map.of("oops", error.getCode()))
			.run(context -> assertThat(context).hasSingleBean(SuccessEnvelopeAdvice.class));
	}

	@Test
	void exceptionMappingsWithDottedClassNamesBind() {
		this.runner
			.withPropertyValues("error-envelope.exceptions.java.util.NoSuchElementException.status=404",
					"error-envelope.exceptions.java.util.NoSuchElementException.code=ITEM_MISSING",
					"error-envelope.exceptions[java.lang.UnsupportedOperationException].status=501")
			.run(context -> {
				ErrorClassifier classifier = context.getBean(ErrorClassifier.class);
				ApiError missing = classifier.classify(new java.util.NoSuchElementException()).error().build();
				assertThat(missing.getStatus()).isEqualTo(404);
				assertThat(missing.getCode()).isEqualTo("ITEM_MISSING");
				assertThat(classifier.classify(new UnsupportedOperationException()).error().build().getStatus())
					.isEqualTo(501);
			});
	}

	@Test
	void badExceptionMappingFailsStartupWithAClearMessage() {
		this.runner.withPropertyValues("error-envelope.exceptions.java.lang.IllegalStateException.colour=red")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("unknown attribute; use status, code, type or message"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomStyleConfiguration {

		@Bean
		EnvelopeStyle customStyle() {
			return error -> java.util.Map.of("oops", error.getCode());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomErrorControllerConfiguration {

		@Bean
		ErrorController myErrorController() {
			return new ErrorController() {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomHandlerConfiguration {

		@Bean
		ServletErrorRenderer myHandler() {
			return new ServletErrorRenderer(null, null, null) {
				@Override
				public void handle(Throwable exception, HttpServletRequest request, HttpServletResponse response) {
				}
			};
		}

	}

}
