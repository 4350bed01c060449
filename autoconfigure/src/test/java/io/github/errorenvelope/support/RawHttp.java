package io.github.errorenvelope.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends raw bytes over a socket and reads one HTTP/1.1 response, for requests no HTTP
 * client would build (broken request lines, illegal header bytes, oversized header
 * blocks).
 */
public final class RawHttp {

	private static final int TIMEOUT_MILLIS = 10_000;

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** Send the request bytes as they are and read the response. */
	public Response send(byte[] request) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (SocketException closedEarly) {
				// the server may answer and close before it has read everything; read
				// what it sent
			}
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No HTTP response: " + ex, ex);
		}
	}

	/**
	 * Send the request bytes, then close the sending half of the connection (the client
	 * stops sending, as one whose body was cut off does) and read the response.
	 */
	public Response sendThenStopSending(String request) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			socket.shutdownOutput();
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No HTTP response: " + ex, ex);
		}
	}

	/**
	 * Send the request bytes, read at most {@code readBytes} of the answer, then reset
	 * the connection (a client that crashed or gave up: no orderly close).
	 * @param request the request, as text (ISO-8859-1)
	 * @param readBytes how many bytes of the response to read before going away
	 */
	public void sendThenVanish(String request, int readBytes) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			socket.setSoLinger(true, 0);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			socket.getInputStream().readNBytes(readBytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not talk to the server: " + ex, ex);
		}
	}

	/** Send a request written as text (ISO-8859-1, so every char is one byte). */
	public Response send(String request) {
		return send(request.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("Connection closed before the end of the response head: "
						+ head.toString(StandardCharsets.ISO_8859_1));
			}
			head.write(b);
			matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
		}
		byte[] body;
		String length = headers.get("content-length");
		if (length != null) {
			body = in.readNBytes(Integer.parseInt(length));
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = readChunked(in);
		}
		else {
			body = in.readAllBytes();
		}
		return new Response(status, lines[0], headers, new String(body, StandardCharsets.UTF_8),
				head.toString(StandardCharsets.ISO_8859_1));
	}

	private static byte[] readChunked(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String sizeLine = readLine(in);
			int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
			if (size == 0) {
				readLine(in);
				return body.toByteArray();
			}
			body.write(in.readNBytes(size));
			readLine(in);
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) >= 0 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	/**
	 * One response.
	 *
	 * @param status the status code
	 * @param statusLine the whole status line
	 * @param headers the headers, names in lower case
	 * @param body the body as UTF-8 text
	 * @param head the raw response head
	 */
	public record Response(int status, String statusLine, Map<String, String> headers, String body, String head) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
