package io.github.errorenvelope.reactive;

import java.util.List;

import org.springframework.web.reactive.handler.WebFluxResponseStatusExceptionHandler;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.handler.ResponseStatusExceptionHandler;

/**
 * Leaves Spring's own {@code ResponseStatusExceptionHandler} out of the server's
 * exception handlers where the envelope's handler runs before it. The envelope answers
 * every error; all it hands on is an error on a response already committed (on servers
 * other than Reactor Netty), which Spring's handler would hand on unchanged, since a
 * committed response takes no status. WebFlux wraps every request's handling, successful
 * ones too, in two operators per exception handler, so a handler that can never answer
 * still costs every request.
 */
public final class UnreachableExceptionHandlers {

	private UnreachableExceptionHandlers() {
	}

	/**
	 * Remove Spring's status handlers that come after the envelope's handler; the
	 * application's own handlers, and Spring's ahead of the envelope, stay.
	 * @param handlers the server's exception handlers, in their order (changed in place)
	 */
	public static void remove(List<WebExceptionHandler> handlers) {
		for (int i = 0; i < handlers.size(); i++) {
			if (handlers.get(i) instanceof EnvelopeWebExceptionHandler) {
				handlers.subList(i + 1, handlers.size()).removeIf(UnreachableExceptionHandlers::isSpringsStatusHandler);
				return;
			}
		}
	}

	/**
	 * Spring's own classes only: a subclass may answer more than a status.
	 */
	private static boolean isSpringsStatusHandler(WebExceptionHandler handler) {
		Class<?> type = handler.getClass();
		return type == WebFluxResponseStatusExceptionHandler.class || type == ResponseStatusExceptionHandler.class;
	}

}
