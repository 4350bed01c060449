package io.github.errorenvelope.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.MissingParameterMapper;
import io.github.errorenvelope.reactive.CombinedWebFilters;
import io.github.errorenvelope.reactive.EnvelopeDispatchExceptionHandler;
import io.github.errorenvelope.reactive.EnvelopeWebExceptionHandler;
import io.github.errorenvelope.reactive.RequestIdMdcAccessor;
import io.github.errorenvelope.reactive.RequestIdWebFilter;
import io.github.errorenvelope.reactive.SuccessEnvelopeResultHandler;
import io.github.errorenvelope.reactive.WebFluxExceptionMapper;
import io.github.errorenvelope.style.ClaidStyle;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.RequestIdPolicy;
import io.github.errorenvelope.web.RequestIds;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webflux.autoconfigure.WebFluxRegistrations;
import org.springframework.boot.webflux.autoconfigure.WebHttpHandlerBuilderCustomizer;
import org.springframework.boot.webflux.autoconfigure.error.DefaultErrorWebExceptionHandler;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.webflux.error.ErrorAttributes;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.DispatchExceptionHandler;
import org.springframework.web.reactive.HandlerAdapter;
import org.springframework.web.reactive.handler.WebFluxResponseStatusExceptionHandler;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebFlux auto-configuration applies to reactive applications only, works without
 * Spring MVC and the servlet API on the classpath, and backs off like the servlet one;
 * the servlet one creates nothing in a reactive application.
 */
class ErrorEnvelopeWebFluxAutoConfigurationTest {

	/** What a WebFlux application built on the WebFlux starter has not got. */
	private static final FilteredClassLoader NO_SERVLET_STACK = new FilteredClassLoader("jakarta.servlet.",
			"org.springframework.web.servlet.", "org.springframework.boot.webmvc.", "org.apache.catalina.",
			"org.apache.tomcat.");

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withClassLoader(NO_SERVLET_STACK)
		.withConfiguration(EnvelopeAutoConfigurations.reactive())
		.withConfiguration(EnvelopeAutoConfigurations.servlet())
		.withConfiguration(AutoConfigurations.of(ErrorEnvelopeTomcatAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner webFlux = new ReactiveWebApplicationContextRunner()
		.withConfiguration(EnvelopeAutoConfigurations.reactive())
		.withConfiguration(AutoConfigurations.of(WebFluxAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner bootErrorHandling = this.webFlux
		.withConfiguration(AutoConfigurations.of(ErrorWebFluxAutoConfiguration.class));

	@Test
	void reactiveAppWithoutServletStackGetsTheReactivePipelineOnly() {
		this.reactive.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ErrorClassifier.class);
			assertThat(context).hasSingleBean(EnvelopeWebExceptionHandler.class);
			assertThat(context).hasSingleBean(RequestIdWebFilter.class);
			assertThat(context).hasSingleBean(WebFluxExceptionMapper.class);
			assertThat(context).hasSingleBean(RequestIdMdcAccessor.class);
			assertThat(context).hasSingleBean(RequestIdPolicy.class);
			assertThat(context).doesNotHaveBean(RequestIds.class);
			assertThat(context).doesNotHaveBean(ServletErrorRenderer.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(MissingParameterMapper.class);
			assertThat(context.getBean(EnvelopeWebExceptionHandler.class).getOrder())
				.as("ahead of Boot's DefaultErrorWebExceptionHandler (-1)")
				.isLessThan(-1);
		});
	}

	@Test
	void theServerRunsTheStarterFiltersAsOne() {
		this.reactive.run(
				(context) -> assertThat(serverFilters(context)).singleElement().isInstanceOf(CombinedWebFilters.class));
	}

	@Test
	void anApplicationCustomizerOfTheSameNameKeepsTheStarterFiltersApart() {
		WebHttpHandlerBuilderCustomizer nothing = (builder) -> {
		};
		this.reactive.withBean("errorEnvelopeWebFiltersCombiner", WebHttpHandlerBuilderCustomizer.class, () -> nothing)
			.run((context) -> assertThat(serverFilters(context)).hasSize(3)
				.noneMatch(CombinedWebFilters.class::isInstance));
	}

	/**
	 * The filters as Spring Boot's HttpHandler collects them (every {@code WebFilter}
	 * bean, in order), after the customizer named
	 * {@code errorEnvelopeWebFiltersCombiner}.
	 */
	private static List<WebFilter> serverFilters(ApplicationContext context) {
		WebHttpHandlerBuilder builder = WebHttpHandlerBuilder.webHandler((exchange) -> Mono.empty())
			.filters((filters) -> filters.addAll(context.getBeanProvider(WebFilter.class).orderedStream().toList()));
		context.getBean("errorEnvelopeWebFiltersCombiner", WebHttpHandlerBuilderCustomizer.class).customize(builder);
		List<WebFilter> filters = new ArrayList<>();
		builder.filters(filters::addAll);
		return filters;
	}

	@Test
	void theServerLeavesOutSpringsStatusHandlerBehindTheEnvelope() {
		WebExceptionHandler own = (exchange, ex) -> Mono.error(ex);
		this.bootErrorHandling.withBean("ownHandler", WebExceptionHandler.class, () -> own)
			.run((context) -> assertThat(serverExceptionHandlers(context)).as("Spring's handler comes last")
				.extracting(Object::getClass)
				.doesNotContain(WebFluxResponseStatusExceptionHandler.class)
				.hasSize(2)
				.first()
				.isEqualTo(context.getBean(EnvelopeWebExceptionHandler.class).getClass()));
	}

	@Test
	void theServerKeepsSpringsStatusHandlerWithoutTheStarter() {
		this.bootErrorHandling.withPropertyValues("error-envelope.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean("errorEnvelopeUnreachableExceptionHandlers");
			assertThat(context.getBeanProvider(WebExceptionHandler.class).orderedStream())
				.hasAtLeastOneElementOfType(WebFluxResponseStatusExceptionHandler.class);
		});
	}

	@Test
	void anApplicationCustomizerOfTheSameNameKeepsSpringsStatusHandler() {
		WebHttpHandlerBuilderCustomizer nothing = (builder) -> {
		};
		this.bootErrorHandling
			.withBean("errorEnvelopeUnreachableExceptionHandlers", WebHttpHandlerBuilderCustomizer.class, () -> nothing)
			.run((context) -> assertThat(serverExceptionHandlers(context))
				.hasAtLeastOneElementOfType(WebFluxResponseStatusExceptionHandler.class));
	}

	/**
	 * The exception handlers as Spring Boot's HttpHandler collects them (every
	 * {@code WebExceptionHandler} bean, in order), after the starter's customizer.
	 */
	private static List<WebExceptionHandler> serverExceptionHandlers(ApplicationContext context) {
		WebHttpHandlerBuilder builder = WebHttpHandlerBuilder.webHandler((exchange) -> Mono.empty())
			.exceptionHandlers((handlers) -> handlers
				.addAll(context.getBeanProvider(WebExceptionHandler.class).orderedStream().toList()));
		context.getBean("errorEnvelopeUnreachableExceptionHandlers", WebHttpHandlerBuilderCustomizer.class)
			.customize(builder);
		List<WebExceptionHandler> handlers = new ArrayList<>();
		builder.exceptionHandlers(handlers::addAll);
		return handlers;
	}

	@Test
	void dispatchErrorsAreAnsweredByTheRequestMappingAdapterAlone() {
		this.webFlux.run((context) -> assertThat(exceptionHandlingAdapters(context))
			.containsExactly("EnvelopeRequestMappingHandlerAdapter"));
	}

	@Test
	void applicationsOwnRequestMappingAdapterGetsTheEnvelopeAsAnAdapterAfterIt() {
		this.webFlux.withBean(WebFluxRegistrations.class, () -> new WebFluxRegistrations() {
		})
			.run((context) -> assertThat(exceptionHandlingAdapters(context))
				.containsExactly("RequestMappingHandlerAdapter", "EnvelopeDispatchExceptionHandler"));
	}

	@Test
	void dispatchErrorHandlingIsSwitchedOffWithTheStarter() {
		this.webFlux.withPropertyValues("error-envelope.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(EnvelopeDispatchExceptionHandler.class);
			assertThat(exceptionHandlingAdapters(context)).containsExactly("RequestMappingHandlerAdapter");
		});
	}

	/**
	 * The adapters that handle dispatch errors, as the DispatcherHandler collects and
	 * orders them: each wraps every request's result in an operator of its own.
	 */
	private static List<String> exceptionHandlingAdapters(ApplicationContext context) {
		List<HandlerAdapter> adapters = new ArrayList<>(
				BeanFactoryUtils.beansOfTypeIncludingAncestors(context, HandlerAdapter.class, true, false).values());
		AnnotationAwareOrderComparator.sort(adapters);
		return adapters.stream()
			.filter(DispatchExceptionHandler.class::isInstance)
			.map((adapter) -> adapter.getClass().getSimpleName())
			.toList();
	}

	@Test
	void servletAppGetsNoReactiveBeans() {
		new WebApplicationContextRunner().withConfiguration(EnvelopeAutoConfigurations.servlet())
			.withConfiguration(EnvelopeAutoConfigurations.reactive())
			.run((context) -> {
				assertThat(context).hasSingleBean(ServletErrorRenderer.class);
				assertThat(context).doesNotHaveBean(EnvelopeWebExceptionHandler.class);
				assertThat(context).doesNotHaveBean(RequestIdWebFilter.class);
			});
	}

	@Test
	void sameStylePropertiesAsOnSpringMvc() {
		this.reactive.withPropertyValues("error-envelope.style=claid")
			.run((context) -> assertThat(context).getBean(EnvelopeStyle.class).isInstanceOf(ClaidStyle.class));
	}

	@Test
	void disabledByProperty() {
		this.reactive.withPropertyValues("error-envelope.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WebExceptionHandler.class)
				.doesNotHaveBean(ErrorClassifier.class));
	}

	@Test
	void backsOffFromTheApplicationsOwnHandlerAndFilter() {
		this.reactive.withUserConfiguration(OwnBeans.class).run((context) -> {
			assertThat(context).getBean(EnvelopeWebExceptionHandler.class).isSameAs(OwnBeans.HANDLER);
			assertThat(context).getBean("errorEnvelopeRequestIdWebFilter").isSameAs(OwnBeans.FILTER);
		});
	}

	@Test
	void envelopeTakesThePlaceOfBootsErrorWebExceptionHandler() {
		this.bootErrorHandling.run((context) -> {
			// Boot's handler would never answer anything, and each exception handler
			// costs every request an operator
			assertThat(context).doesNotHaveBean(DefaultErrorWebExceptionHandler.class);
			assertThat(context).getBean(ErrorWebExceptionHandler.class)
				.isSameAs(context.getBean(EnvelopeWebExceptionHandler.class));
			assertThat(context).hasSingleBean(ErrorAttributes.class);
		});
	}

	@Test
	void bootsErrorWebExceptionHandlerComesBackWithoutTheStarter() {
		this.bootErrorHandling.withPropertyValues("error-envelope.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(DefaultErrorWebExceptionHandler.class)
				.doesNotHaveBean(EnvelopeWebExceptionHandler.class));
	}

	@Test
	void bootsErrorWebExceptionHandlerStaysBehindTheApplicationsOwnEnvelopeHandler() {
		this.bootErrorHandling.withUserConfiguration(OwnBeans.class).run((context) -> {
			assertThat(context).getBean(EnvelopeWebExceptionHandler.class).isSameAs(OwnBeans.HANDLER);
			assertThat(context).hasSingleBean(DefaultErrorWebExceptionHandler.class);
		});
	}

	@Test
	void withoutBootsErrorHandlingTheEnvelopeHandlerIsAPlainWebExceptionHandler() {
		this.reactive.withClassLoader(new FilteredClassLoader(ErrorWebExceptionHandler.class))
			.run((context) -> assertThat(context).getBean(EnvelopeWebExceptionHandler.class)
				.isExactlyInstanceOf(EnvelopeWebExceptionHandler.class));
	}

	@Test
	void successResultHandlerIsRegisteredOnlyForStylesThatWrap() {
		// as on Spring MVC: every other style leaves successes alone, so results do not
		// pass through it at all
		this.reactive.run((context) -> assertThat(context).doesNotHaveBean(SuccessEnvelopeResultHandler.class));
		this.reactive.withPropertyValues("error-envelope.style=flat")
			.run((context) -> assertThat(context).doesNotHaveBean(SuccessEnvelopeResultHandler.class));
		this.reactive.withPropertyValues("error-envelope.style=success-envelope")
			.run((context) -> assertThat(context).hasSingleBean(SuccessEnvelopeResultHandler.class));
		this.reactive
			.withPropertyValues("error-envelope.style=success-envelope",
					"error-envelope.success-envelope.wrap-success=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SuccessEnvelopeResultHandler.class));
		this.reactive.withBean("myStyle", EnvelopeStyle.class, () -> (error) -> Map.of("oops", error.getCode()))
			.run((context) -> assertThat(context).hasSingleBean(SuccessEnvelopeResultHandler.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnBeans {

		static final EnvelopeWebExceptionHandler HANDLER = new EnvelopeWebExceptionHandler(null, null, null, null, 0,
				"requestId") {

			@Override
			public Mono<Void> handle(org.springframework.web.server.ServerWebExchange exchange, Throwable ex) {
				return Mono.error(ex);
			}

		};

		static final RequestIdWebFilter FILTER = new RequestIdWebFilter(new RequestIdPolicy("x-id", false, null), true,
				0);

		@Bean
		EnvelopeWebExceptionHandler ownHandler() {
			return HANDLER;
		}

		@Bean
		RequestIdWebFilter errorEnvelopeRequestIdWebFilter() {
			return FILTER;
		}

	}

}
