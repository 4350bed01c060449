package io.github.errorenvelope.reactive;

import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.ClassUtils;

/**
 * Ends a response that failed after it was committed. Completing it normally would let
 * the server finish a truncated body as if it were whole; on Reactor Netty the connection
 * is closed instead (the client sees an incomplete response), elsewhere the error is
 * handed on to the server, which does the same.
 */
final class CommittedResponses {

	private static final boolean REACTOR_NETTY_PRESENT = ClassUtils.isPresent("reactor.netty.Connection",
			CommittedResponses.class.getClassLoader());

	private CommittedResponses() {
	}

	static Mono<Void> abort(ServerHttpResponse response, Throwable exception) {
		if (REACTOR_NETTY_PRESENT && ReactorNetty.close(response)) {
			return Mono.empty();
		}
		return (exception != null) ? Mono.error(exception) : Mono.empty();
	}

	/** Kept apart so Reactor Netty's types are only resolved where it is present. */
	private static final class ReactorNetty {

		static boolean close(ServerHttpResponse response) {
			Object nativeResponse = ServerHttpResponseDecorator.getNativeResponse(response);
			if (nativeResponse instanceof Connection connection) {
				connection.dispose();
				return true;
			}
			return false;
		}

	}

}
