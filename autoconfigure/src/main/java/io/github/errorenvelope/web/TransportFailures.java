package io.github.errorenvelope.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.github.errorenvelope.classify.Causes;
import io.github.errorenvelope.classify.UnreadableRequestBodyException;

/**
 * Tells failures of the connection to the client apart from the application's own
 * failures: a request body the container could not read (the client's error, whatever the
 * application maps for {@code IOException}) and a client that went away (nobody to
 * answer).
 */
final class TransportFailures {

	/**
	 * Thrown by Tomcat only while reading a request that breaks HTTP (bad chunk, bad
	 * trailer).
	 */
	private static final String TOMCAT_BAD_REQUEST = "org.apache.coyote.BadRequestException";

	/**
	 * The containers' and Spring's "client went away" exceptions (Tomcat, Jetty, Reactor
	 * Netty, Spring MVC async). Unlike Spring's {@code DisconnectedClientHelper} a plain
	 * {@code EOFException} is not one of them (an application reading its own files
	 * throws it too, and keeps its own mapping), nor is an I/O message such as "broken
	 * pipe" (the application's own outbound calls fail with it; the containers wrap a
	 * failed write to the client in the types below).
	 */
	private static final Set<String> DISCONNECT_TYPES = Set.of("org.apache.catalina.connector.ClientAbortException",
			"org.eclipse.jetty.io.EofException", "reactor.netty.channel.AbortedException",
			"org.springframework.web.context.request.async.AsyncRequestNotUsableException");

	private TransportFailures() {
	}

	/**
	 * The exception to classify for a failure in a request dispatch: the client's-error
	 * wrapper when the failure is the container's report that the request body could not
	 * be read, else the failure itself.
	 * @param failure the failure
	 * @param request the request
	 * @return the exception to classify
	 */
	static Throwable forRequest(Throwable failure, HttpServletRequest request) {
		// Tomcat records the read failure on the request before the application sees it
		// wrapped
		Object reported = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		boolean readFailure = Causes.anyMatch(failure,
				(cause) -> (cause == reported && cause instanceof IOException) || isBadRequest(cause));
		return readFailure ? new UnreadableRequestBodyException(failure) : failure;
	}

	/**
	 * The exception to classify for the container's error dispatch: an I/O failure the
	 * container reported with a 4xx status is its failure to read the request.
	 * @param failure the exception the container reported
	 * @param status the status it chose
	 * @return the exception to classify
	 */
	static Throwable forErrorDispatch(Throwable failure, int status) {
		boolean clientStatus = status >= 400 && status < 500;
		boolean readFailure = (clientStatus && Causes.find(failure, IOException.class) != null)
				|| Causes.anyMatch(failure, TransportFailures::isBadRequest);
		return readFailure ? new UnreadableRequestBodyException(failure) : failure;
	}

	/**
	 * Whether a failure means the client went away (connection closed or reset while the
	 * response was written, or an async request it abandoned).
	 * @param failure the failure
	 * @return whether there is nobody left to answer
	 */
	static boolean isClientGone(Throwable failure) {
		return Causes.anyMatch(failure, TransportFailures::isDisconnect);
	}

	private static boolean isDisconnect(Throwable cause) {
		return DISCONNECT_TYPES.contains(cause.getClass().getName());
	}

	private static boolean isBadRequest(Throwable cause) {
		return cause.getClass().getName().equals(TOMCAT_BAD_REQUEST);
	}

}
