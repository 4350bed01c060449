package io.github.errorenvelope.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP upstream that answers queued responses in order and records what it
 * received.
 */
final class StubServer implements AutoCloseable {

	record Reply(int status, Map<String, String> headers, String body) {
	}

	record Received(String method, String path, Headers headers, long atNanos) {
	}

	private final HttpServer server;

	private final LinkedBlockingDeque<Reply> replies = new LinkedBlockingDeque<>();

	final List<Received> received = new CopyOnWriteArrayList<>();

	StubServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders(), System.nanoTime()));
			exchange.getRequestBody().readAllBytes();
			Reply reply = this.replies.isEmpty() ? new Reply(200, Map.of("Content-Type", "application/json"), "{}")
					: this.replies.poll();
			reply.headers().forEach(exchange.getResponseHeaders()::set);
			byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(reply.status(), (body.length == 0) ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	StubServer reply(int status, Map<String, String> headers, String body) {
		this.replies.add(new Reply(status, headers, body));
		return this;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
