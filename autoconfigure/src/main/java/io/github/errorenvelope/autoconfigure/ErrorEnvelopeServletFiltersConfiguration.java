package io.github.errorenvelope.autoconfigure;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.jspecify.annotations.Nullable;

import io.github.errorenvelope.web.BodySizeLimit;
import io.github.errorenvelope.web.ErrorPathController;
import io.github.errorenvelope.web.UncaughtErrorFilter;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.RequestIdFilter;
import io.github.errorenvelope.web.RequestIds;
import io.github.errorenvelope.web.TraceIdSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters of the Spring MVC entry points: the request-id filter and the
 * filter that answers what happens outside Spring MVC (exceptions thrown by filters, the
 * container's error dispatch, oversized bodies, bodiless error statuses). Imported by
 * {@link ErrorEnvelopeWebMvcAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class ErrorEnvelopeServletFiltersConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RequestIds errorEnvelopeRequestIds(ErrorEnvelopeProperties properties, ObjectProvider<TraceIdSource> traceIds) {
		TraceIdSource source = properties.getRequestId().isUseTraceId() ? traceIds.getIfUnique() : null;
		return new RequestIds(properties.getRequestId().getHeader(), properties.getRequestId().isTrustIncoming(),
				source);
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeRequestIdFilter")
	FilterRegistrationBean<RequestIdFilter> errorEnvelopeRequestIdFilter(RequestIds requestIds,
			ErrorEnvelopeProperties properties) {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter(
				requestIds, properties.getRequestId().getMdcKey(), properties.getRequestId().isExposeInCors()));
		// first of all, unless the id is the trace id: then inside the server observation
		// (which Boot orders at HIGHEST_PRECEDENCE + 1) so the trace is current
		registration.setOrder(
				properties.getRequestId().isUseTraceId() ? Ordered.HIGHEST_PRECEDENCE + 2 : Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "errorEnvelopeFilter")
	FilterRegistrationBean<UncaughtErrorFilter> errorEnvelopeFilter(ServletErrorRenderer handler,
			ObjectProvider<ErrorPathController> ourErrorController, WebProperties web,
			ObjectProvider<DispatcherServletPath> dispatcherServletPath, ErrorEnvelopeProperties properties) {
		// the error dispatch is rendered here only where our error controller owns the
		// error page
		String errorPath = (ourErrorController.getIfAvailable() != null)
				? errorPagePath(web, dispatcherServletPath.getIfAvailable()) : null;
		FilterRegistrationBean<UncaughtErrorFilter> registration = new FilterRegistrationBean<>(new UncaughtErrorFilter(
				handler, errorPath, new BodySizeLimit(properties.getLimits().getMaxBodySize().toBytes())));
		// behind the request-id filter and the server observation (so metrics see the
		// final status), in front of Spring Security and every other filter
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		return registration;
	}

	/**
	 * The error page's path as Boot registers it with the container: below the dispatcher
	 * servlet's path ({@code spring.mvc.servlet.path}).
	 */
	private static String errorPagePath(WebProperties web, @Nullable DispatcherServletPath servletPath) {
		String path = web.getError().getPath();
		return (servletPath != null) ? servletPath.getRelativePath(path) : path;
	}

}
