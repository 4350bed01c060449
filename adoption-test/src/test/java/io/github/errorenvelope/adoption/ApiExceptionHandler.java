package io.github.errorenvelope.adoption;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's own error handling, written before the starter: RFC 9457 bodies, one
 * handler for its own exception and a catch-all for everything else — the pattern that
 * shadows the envelope for framework errors.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

	static final URI OWNER_NOT_FOUND = URI.create("https://petclinic.example/problems/owner-not-found");

	static final URI UNEXPECTED = URI.create("https://petclinic.example/problems/unexpected");

	@ExceptionHandler(OwnerNotFoundException.class)
	ProblemDetail ownerNotFound(OwnerNotFoundException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
		problem.setType(OWNER_NOT_FOUND);
		problem.setTitle("Owner not found");
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");
		problem.setType(UNEXPECTED);
		return problem;
	}

}
