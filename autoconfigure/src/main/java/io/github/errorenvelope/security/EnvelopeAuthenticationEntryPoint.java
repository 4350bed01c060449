package io.github.errorenvelope.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.web.ServletErrorRenderer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An {@link AuthenticationEntryPoint} that answers 401 with the envelope directly, for
 * applications that wire their entry point explicitly:
 * {@code http.exceptionHandling(e -> e.authenticationEntryPoint(envelopeEntryPoint))}.
 * Without it, Spring Security's own entry points already reach the envelope through the
 * error dispatch.
 */
public final class EnvelopeAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ServletErrorRenderer handler;

	private final @Nullable String challenge;

	/**
	 * Create the entry point.
	 * @param handler the renderer
	 * @param challenge the {@code WWW-Authenticate} value to send (e.g. {@code Bearer}),
	 * or {@code null} to keep whatever is already set
	 */
	public EnvelopeAuthenticationEntryPoint(ServletErrorRenderer handler, @Nullable String challenge) {
		this.handler = handler;
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		if (this.challenge != null && !this.challenge.isBlank()) {
			response.setHeader("WWW-Authenticate", this.challenge);
		}
		this.handler.handle(authException, request, response);
	}

}
