package io.github.errorenvelope.reactive;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executor;

import io.github.errorenvelope.classify.Causes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * Tells a client that went away apart from the application's own I/O failures, as the
 * servlet side does. Spring's {@code DisconnectedClientHelper} takes any
 * {@code EOFException} and any "broken pipe" or "connection reset by peer" message for a
 * disconnect, so an application reading a truncated file or calling a service that resets
 * would get no answer at all instead of its mapped error. Here a failure is the client's
 * disconnect only when the connection says so: on Reactor Netty an I/O failure (or
 * Reactor Netty's own abort) while the client's connection is closed; on other servers
 * their own "client aborted" exceptions.
 */
final class ClientDisconnects {

	/**
	 * The servers' exceptions for a failed write to a client that left: Reactor Netty,
	 * Tomcat and Jetty (exact types, so {@code java.io.EOFException} is not one of them).
	 */
	private static final Set<String> SERVER_ABORT_TYPES = Set.of("reactor.netty.channel.AbortedException",
			"org.apache.catalina.connector.ClientAbortException", "org.eclipse.jetty.io.EofException");

	private ClientDisconnects() {
	}

	/**
	 * Whether a failure means nobody is left to answer.
	 * @param failure the failure
	 * @param response the response being answered
	 * @return {@code true} when the client went away
	 */
	static boolean isClientGone(Throwable failure, ServerHttpResponse response) {
		Boolean closed = ReactorNettyConnection.isClosed(response);
		if (closed == null) {
			return Causes.anyMatch(failure, ClientDisconnects::isServerAbort);
		}
		return closed && isConnectionFailure(failure);
	}

	/**
	 * Where to decide about a connection failure reported while its connection is still
	 * open: Netty reports a reset read to the pipeline first and closes the channel right
	 * after, in the same event-loop task, so a decision taken in a later task of that
	 * loop sees the channel closed when the reset was the client's.
	 * @param failure the failure
	 * @param response the response being answered
	 * @return the connection's event loop, or {@code null} when the decision can be taken
	 * now
	 */
	static @Nullable Executor pendingClose(Throwable failure, ServerHttpResponse response) {
		if (!Boolean.FALSE.equals(ReactorNettyConnection.isClosed(response)) || !isConnectionFailure(failure)) {
			return null;
		}
		return ReactorNettyConnection.eventLoop(response);
	}

	/**
	 * Whether a failure is the connection's: an I/O failure or a server's own abort
	 * anywhere in its causes.
	 * @param failure the failure
	 * @return {@code true} for a connection failure
	 */
	static boolean isConnectionFailure(Throwable failure) {
		return Causes.anyMatch(failure, (cause) -> cause instanceof IOException || isServerAbort(cause));
	}

	private static boolean isServerAbort(Throwable cause) {
		return SERVER_ABORT_TYPES.contains(cause.getClass().getName());
	}

}
