package io.github.errorenvelope.testapp;

import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ErrorCode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 401s raised by the application itself, with and without a challenge of their own. */
@RestController
public class AuthenticationController {

	@GetMapping("/auth/api-key")
	public String apiKey() {
		throw new InvalidApiKeyException();
	}

	@GetMapping("/auth/coded")
	public String coded() {
		throw new SessionExpiredException();
	}

	@GetMapping("/auth/response-status")
	public String responseStatus() {
		throw new NotLoggedInException();
	}

	@GetMapping("/auth/own-header")
	public void ownHeader(HttpServletResponse response) {
		response.setHeader("WWW-Authenticate", "Basic realm=\"legacy\"");
		response.setStatus(401);
	}

	/** Names its challenge. */
	@ErrorCode(value = "INVALID_API_KEY", status = HttpStatus.UNAUTHORIZED, challenge = "ApiKey header=\"X-Api-Key\"")
	static class InvalidApiKeyException extends RuntimeException {

	}

	/** A coded 401 that names no challenge. */
	@ErrorCode(value = "SESSION_EXPIRED", status = HttpStatus.UNAUTHORIZED)
	static class SessionExpiredException extends RuntimeException {

	}

	/** A 401 through Spring's {@code @ResponseStatus}. */
	@ResponseStatus(HttpStatus.UNAUTHORIZED)
	static class NotLoggedInException extends RuntimeException {

	}

}
