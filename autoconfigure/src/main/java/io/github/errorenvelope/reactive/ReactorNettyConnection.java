package io.github.errorenvelope.reactive;

import java.util.concurrent.Executor;

import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.ClassUtils;

/**
 * What Reactor Netty's connection tells about an exchange that Spring's request and
 * response types do not: whether the client is still connected, which HTTP version it
 * speaks, and a way to end a response by closing the connection. Answers "unknown" on
 * other servers.
 */
final class ReactorNettyConnection {

	private static final boolean PRESENT = ClassUtils.isPresent("reactor.netty.http.server.HttpServerRequest",
			ReactorNettyConnection.class.getClassLoader());

	private ReactorNettyConnection() {
	}

	/**
	 * Close the connection a response is written to.
	 * @param response the response
	 * @return {@code false} when the server is not Reactor Netty
	 */
	static boolean close(ServerHttpResponse response) {
		return PRESENT && Netty.close(response);
	}

	/**
	 * Whether the client's connection is known to be closed.
	 * @param response the response
	 * @return {@code null} when the server is not Reactor Netty
	 */
	static @Nullable Boolean isClosed(ServerHttpResponse response) {
		return PRESENT ? Netty.isClosed(response) : null;
	}

	/**
	 * The event loop of the connection a response is written to.
	 * @param response the response
	 * @return {@code null} when the server is not Reactor Netty
	 */
	static @Nullable Executor eventLoop(ServerHttpResponse response) {
		return PRESENT ? Netty.eventLoop(response) : null;
	}

	/**
	 * Whether a request is known to come over HTTP/1.x, where a body without
	 * {@code Content-Length} must be chunked (RFC 9112 §6.3).
	 * @param request the request
	 * @return {@code false} when it is not, or the server is not Reactor Netty
	 */
	static boolean isHttp1(ServerHttpRequest request) {
		return PRESENT && Netty.isHttp1(request);
	}

	/** Kept apart so Reactor Netty's types are only resolved where it is present. */
	private static final class Netty {

		static boolean close(ServerHttpResponse response) {
			Connection connection = connectionOf(response);
			if (connection == null) {
				return false;
			}
			connection.dispose();
			return true;
		}

		static @Nullable Boolean isClosed(ServerHttpResponse response) {
			Connection connection = connectionOf(response);
			return (connection != null) ? !connection.channel().isActive() : null;
		}

		static @Nullable Executor eventLoop(ServerHttpResponse response) {
			Connection connection = connectionOf(response);
			return (connection != null) ? connection.channel().eventLoop() : null;
		}

		static boolean isHttp1(ServerHttpRequest request) {
			Object nativeRequest;
			try {
				nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
			}
			catch (IllegalStateException noServer) {
				// a mock request (WebTestClient bound to the application) has none
				return false;
			}
			return nativeRequest instanceof HttpServerRequest netty && netty.version().majorVersion() == 1;
		}

		private static @Nullable Connection connectionOf(ServerHttpResponse response) {
			Object nativeResponse;
			try {
				nativeResponse = ServerHttpResponseDecorator.getNativeResponse(response);
			}
			catch (IllegalStateException noServer) {
				// a mock response (WebTestClient bound to the application) has none
				return null;
			}
			return (nativeResponse instanceof Connection connection) ? connection : null;
		}

	}

}
