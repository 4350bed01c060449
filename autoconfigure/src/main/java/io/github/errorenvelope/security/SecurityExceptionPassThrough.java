package io.github.errorenvelope.security;

import jakarta.servlet.http.HttpServletRequest;

import io.github.errorenvelope.web.ExceptionPassThrough;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Hands Spring Security's exceptions thrown inside controllers (method security such as
 * {@code @PreAuthorize}) back to the security filter chain when the request is inside
 * one, so Spring Security's exception translation decides between 401 (anonymous, with
 * its {@code WWW-Authenticate} challenge) and 403; its answer is rendered through the
 * error dispatch. Outside a security filter chain the catch-all renders them itself
 * (401/403, never 500).
 */
public final class SecurityExceptionPassThrough implements ExceptionPassThrough {

	/**
	 * The request attribute {@code FilterChainProxy} sets while a request is inside the
	 * security filter chain (its constant is private, the value is stable).
	 */
	static final String FILTER_CHAIN_APPLIED = "org.springframework.security.web.FilterChainProxy.APPLIED";

	@Override
	public boolean shouldPassThrough(Exception exception, HttpServletRequest request) {
		return (exception instanceof AccessDeniedException || exception instanceof AuthenticationException)
				&& request.getAttribute(FILTER_CHAIN_APPLIED) != null;
	}

}
