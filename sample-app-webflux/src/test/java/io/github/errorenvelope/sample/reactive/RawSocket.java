package io.github.errorenvelope.sample.reactive;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written and reads everything until the server closes the
 * connection.
 */
final class RawSocket {

	private RawSocket() {
	}

	/**
	 * Send a request and read the whole answer.
	 * @param port the server's port
	 * @param request the request bytes as ISO-8859-1 text
	 * @return the raw answer, head and body, as UTF-8 text
	 * @throws Exception if the connection fails or the server does not close it within 15
	 * seconds
	 */
	static String exchange(int port, String request) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

}
