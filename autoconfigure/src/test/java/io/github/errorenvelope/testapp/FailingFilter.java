package io.github.errorenvelope.testapp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An application filter that fails on demand ({@code X-Fail} header), outside Spring MVC.
 */
public class FailingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String fail = request.getHeader("X-Fail");
		if ("coded".equals(fail)) {
			throw new QuotaExceededException(7);
		}
		if ("boom".equals(fail)) {
			throw new IllegalStateException("filter exploded: secret token abc123");
		}
		if ("send-error".equals(fail)) {
			response.sendError(429, "slow down");
			return;
		}
		if ("status-only".equals(fail)) {
			response.setHeader("WWW-Authenticate", "Bearer");
			response.setStatus(401);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Registers the filter as an application would. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<FailingFilter> failingFilter() {
			FilterRegistrationBean<FailingFilter> registration = new FilterRegistrationBean<>(new FailingFilter());
			registration.setOrder(0);
			return registration;
		}

	}

}
