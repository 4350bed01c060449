package io.github.errorenvelope.sample;

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
 * One raw HTTP/1.1 exchange over a socket, for requests no HTTP client would send
 * (control characters in headers, oversized header blocks, broken request lines). The
 * request should ask for {@code Connection: close}; the response is read until the server
 * closes.
 */
record RawExchange(int status, Map<String, String> headers, String body) {

	static RawExchange send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				socket.shutdownOutput();
			}
			catch (SocketException answeredEarly) {
				// the server may reject and close before reading everything; read what it
				// sent
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				all.write(buffer, 0, n);
			}
		}
		catch (SocketException reset) {
			// a reset after the response is fine
		}
		return all.toByteArray();
	}

	private static RawExchange parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return new RawExchange(-1, Map.of(), text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		String length = headers.get("content-length");
		if (length != null && Integer.parseInt(length) <= body.length()) {
			body = body.substring(0, Integer.parseInt(length));
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new RawExchange(status, headers, body);
	}

	/**
	 * The data of a chunked body (chunk sizes count bytes; the error bodies checked here
	 * are ASCII JSON).
	 */
	private static String dechunk(String chunked) {
		StringBuilder data = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			int start = lineEnd + 2;
			data.append(chunked, start, Math.min(start + size, chunked.length()));
			at = start + size + 2;
		}
		return data.toString();
	}

}
