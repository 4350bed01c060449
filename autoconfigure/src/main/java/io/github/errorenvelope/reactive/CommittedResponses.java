package io.github.errorenvelope.reactive;

import reactor.core.publisher.Mono;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * Ends a response that failed after it was committed. Completing it normally would let
 * the server finish a truncated body as if it were whole; on Reactor Netty the connection
 * is closed instead (the client sees an incomplete response), elsewhere the error is
 * handed on to the server, which does the same.
 */
final class CommittedResponses {

	private CommittedResponses() {
	}

	static Mono<Void> abort(ServerHttpResponse response, @Nullable Throwable exception) {
		if (ReactorNettyConnection.close(response)) {
			return Mono.empty();
		}
		return (exception != null) ? Mono.error(exception) : Mono.empty();
	}

}
