package io.github.errorenvelope.reactive;

import java.util.function.Consumer;

import io.github.errorenvelope.web.ErrorLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.util.context.Context;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Reactor's "dropped error" hook for one exchange, installed in the Reactor context of an
 * exchange whose request can have a body. When a client resets its connection while its
 * request body is still being read, Reactor Netty signals the reset to operators that
 * have already finished, and Reactor's default hook logs it at {@code ERROR} with its
 * trace although nobody is left to answer: an I/O failure dropped this way is the client
 * going away, noted at {@code DEBUG} like every other disconnect. Any other dropped error
 * is logged at {@code ERROR}, as Reactor's default does.
 */
final class DroppedConnectionErrors implements Consumer<Throwable> {

	/**
	 * The context key Reactor looks up before its global hook
	 * ({@code Operators.onErrorDropped(Throwable, Context)}).
	 */
	static final String CONTEXT_KEY = "reactor.onErrorDropped.local";

	static final DroppedConnectionErrors INSTANCE = new DroppedConnectionErrors();

	private static final Logger logger = LoggerFactory.getLogger(ErrorLogger.LOGGER_NAME);

	private DroppedConnectionErrors() {
	}

	/**
	 * The exchange's context entries: the request id and this hook.
	 * @param requestIdKey the request id's context key
	 * @param requestId the request id
	 * @return the context to write
	 */
	static Context context(String requestIdKey, String requestId) {
		return Context.of(requestIdKey, requestId, CONTEXT_KEY, INSTANCE);
	}

	/**
	 * An exchange's context entries: the request id, and this hook when the request can
	 * have a body still being read when its client resets. A bodiless request is read in
	 * full with its headers; leaving the hook out keeps its context small, which Reactor
	 * pays for per operator that adds an entry of its own (from four entries on, each
	 * copy checks its keys by building strings).
	 * @param request the request
	 * @param requestIdKey the request id's context key
	 * @param requestId the request id
	 * @return the context to write
	 */
	static Context context(ServerHttpRequest request, String requestIdKey, String requestId) {
		return RequestBodies.mayHaveBody(request) ? context(requestIdKey, requestId)
				: Context.of(requestIdKey, requestId);
	}

	@Override
	public void accept(Throwable dropped) {
		if (ClientDisconnects.isConnectionFailure(dropped)) {
			if (logger.isDebugEnabled()) {
				logger.debug("Client went away while its request was read: {}", dropped.toString());
			}
			return;
		}
		logger.error("Operator called default onErrorDropped", dropped);
	}

}
