package io.github.errorenvelope.testapp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that read and write the raw streams, and fail with the application's own I/O
 * errors.
 */
@RestController
public class TransportController {

	/** How much the download writes at most: far more than any socket buffer holds. */
	public static final long DOWNLOAD_BYTES = 512L * 1024 * 1024;

	@PostMapping("/blobs")
	public Map<String, Integer> upload(InputStream body) throws IOException {
		return Map.of("bytes", body.readAllBytes().length);
	}

	/**
	 * Downloads that have returned or thrown, so a test knows when the server is done.
	 */
	public static final AtomicInteger DOWNLOADS_FINISHED = new AtomicInteger();

	@GetMapping("/download")
	public void download(HttpServletResponse response) throws IOException {
		try {
			response.setContentType("application/octet-stream");
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) 'x');
			OutputStream out = response.getOutputStream();
			for (long written = 0; written < DOWNLOAD_BYTES; written += chunk.length) {
				out.write(chunk);
			}
		}
		finally {
			DOWNLOADS_FINISHED.incrementAndGet();
		}
	}

	@GetMapping("/storage/io")
	public String storageFailure() throws IOException {
		throw new IOException("storage volume is read-only");
	}

	@GetMapping("/storage/eof")
	public String storageTruncated() throws IOException {
		throw new EOFException("snapshot file ends early");
	}

}
