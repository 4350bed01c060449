package io.github.errorenvelope.benchmarks.app;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The 404 Error Envelope's default style ({@code nested-error}) writes for a bodiless
 * {@code ResponseEntity} 404, written by hand in an app without the library: the baseline
 * that sends the same bytes, so a benchmark against it measures the starter's mechanism
 * rather than the cost of writing a body at all.
 *
 * @param error the error member
 * @param requestId the request id, also sent as the {@code x-request-id} header
 */
public record HandwrittenNotFound(Problem error, @JsonProperty("request_id") String requestId) {

	private static final Problem NOT_FOUND = new Problem("NOT_FOUND", "Resource not found.");

	/**
	 * The {@code error} member.
	 *
	 * @param code the error code
	 * @param message the message
	 */
	public record Problem(String code, String message) {
	}

	/**
	 * The 404 with a fresh request id, headers and body as the starter sends them. The
	 * body is serialized to bytes up front, as the starter does, so it leaves with a
	 * {@code Content-Length} as the starter's does rather than chunked.
	 * @param jsonMapper the application's mapper
	 * @return the response
	 */
	public static ResponseEntity<byte[]> response(JsonMapper jsonMapper) {
		String requestId = newRequestId();
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.header("x-request-id", requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(jsonMapper.writeValueAsBytes(new HandwrittenNotFound(NOT_FOUND, requestId)));
	}

	/**
	 * A random version 4 UUID from the same kind of generator the starter uses (a
	 * thread-local one, not {@code UUID.randomUUID()}'s {@code SecureRandom}), so the
	 * baseline pays the same for its id and the comparison is not flattered by a slower
	 * one.
	 */
	private static String newRequestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

}
