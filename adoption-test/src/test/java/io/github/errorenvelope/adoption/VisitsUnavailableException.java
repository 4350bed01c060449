package io.github.errorenvelope.adoption;

import io.github.errorenvelope.ErrorCode;

import org.springframework.http.HttpStatus;

/** An exception written after the starter was added: it carries the starter's code. */
@ErrorCode(value = "VISITS_UNAVAILABLE", status = HttpStatus.SERVICE_UNAVAILABLE)
public class VisitsUnavailableException extends RuntimeException {

	public VisitsUnavailableException() {
		super("The visit calendar is being migrated.");
	}

}
