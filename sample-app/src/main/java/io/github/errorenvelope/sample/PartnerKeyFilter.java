package io.github.errorenvelope.sample;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ErrorCode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A servlet filter that can fail: partner endpoints need an {@code X-Api-Key}. Its
 * exception is thrown outside Spring MVC and still leaves in the envelope.
 */
@Component
public class PartnerKeyFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/partner/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"partner-key-1".equals(request.getHeader("X-Api-Key"))) {
			throw new InvalidApiKeyException();
		}
		chain.doFilter(request, response);
	}

	/** A missing or wrong partner key. */
	@ErrorCode(value = "INVALID_API_KEY", status = HttpStatus.UNAUTHORIZED, type = "auth",
			challenge = "ApiKey header=\"X-Api-Key\"")
	public static class InvalidApiKeyException extends RuntimeException {

		public InvalidApiKeyException() {
			super("A valid X-Api-Key header is required.");
		}

	}

}
