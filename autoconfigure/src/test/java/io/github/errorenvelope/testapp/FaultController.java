package io.github.errorenvelope.testapp;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in awkward ways. */
@RestController
public class FaultController {

	@GetMapping("/fault/message")
	public String brokenMessage() {
		throw new BrokenMessageException();
	}

	@GetMapping("/fault/streaming")
	public void streaming(HttpServletResponse response) throws IOException {
		response.setContentType("text/plain");
		response.getOutputStream().write("partial-".getBytes());
		response.flushBuffer();
		throw new IllegalStateException("failed half-way through a stream");
	}

	/** An exception whose {@code getMessage()} itself fails. */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static class BrokenMessageException extends RuntimeException {

		@Override
		public String getMessage() {
			throw new IllegalStateException("getMessage is broken");
		}

	}

}
