package io.github.errorenvelope.sample.reactive;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail with the application's own I/O errors, and a download far larger
 * than any socket buffer, for a client that goes away in the middle of it.
 */
@RestController
class TransportEndpoints {

	/** Downloads that completed, failed or were cancelled. */
	static final AtomicInteger DOWNLOADS_FINISHED = new AtomicInteger();

	private static final int CHUNK = 64 * 1024;

	@GetMapping("/storage/eof")
	Mono<String> storageTruncated() {
		return Mono.error(new EOFException("snapshot file ends early"));
	}

	@GetMapping("/storage/reset")
	Mono<String> backendReset() {
		// the words of a reset connection, but from the application's own outbound call
		return Mono.error(new IOException("Connection reset by peer"));
	}

	@GetMapping(path = "/download", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	Flux<DataBuffer> download() {
		byte[] chunk = new byte[CHUNK];
		Arrays.fill(chunk, (byte) 'x');
		return Flux.range(0, 8192)
			.<DataBuffer>map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(chunk))
			.doFinally((signal) -> DOWNLOADS_FINISHED.incrementAndGet());
	}

}
