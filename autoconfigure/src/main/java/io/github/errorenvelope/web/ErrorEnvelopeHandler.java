package io.github.errorenvelope.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.classify.Causes;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorClassifier.Classification;
import io.github.errorenvelope.classify.Texts;

import org.springframework.web.servlet.HandlerMapping;

/**
 * The pipeline every entry point feeds (Spring MVC catch-all, error controller, security
 * handlers): classify, translate, customize, format the code, log once, write once. If
 * any of that fails the client still gets a minimal valid JSON 500 with the request id.
 */
public class ErrorEnvelopeHandler {

	private final ErrorClassifier classifier;

	private final RequestIds requestIds;

	private final ErrorResponder responder;

	/**
	 * Create the pipeline.
	 * @param classifier the classifier
	 * @param requestIds the request-id policy
	 * @param responder the shared steps after classification
	 */
	public ErrorEnvelopeHandler(ErrorClassifier classifier, RequestIds requestIds, ErrorResponder responder) {
		this.classifier = classifier;
		this.requestIds = requestIds;
		this.responder = responder;
	}

	/**
	 * Answer a request with the envelope for an exception.
	 * @param exception the exception
	 * @param request the request
	 * @param response the response
	 */
	public void handle(Throwable exception, HttpServletRequest request, HttpServletResponse response) {
		Throwable error = TransportFailures.forRequest(exception, request);
		if (error == exception && TransportFailures.isClientGone(exception)) {
			this.responder.clientGone(exception, methodOf(request), pathOf(request), this.requestIds.of(request));
			return;
		}
		if (response.isCommitted() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
			// the container has already called sendError for this failure (Tomcat does
			// when a body read fails): its error dispatch answers and logs it
			return;
		}
		respond(error, 0, request, response);
	}

	/**
	 * Answer a request with the envelope for a bare status (container error,
	 * {@code sendError}).
	 * @param status the status
	 * @param request the request
	 * @param response the response
	 */
	public void handleStatus(int status, HttpServletRequest request, HttpServletResponse response) {
		respond(null, status, request, response);
	}

	/**
	 * Answer a container error dispatch from its request attributes: the exception if
	 * there is one, else the status.
	 * @param request the request of the error dispatch
	 * @param response the response
	 * @param defaultStatus the status when the attributes name none
	 */
	public void handleErrorDispatch(HttpServletRequest request, HttpServletResponse response, int defaultStatus) {
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (attribute instanceof Integer code) ? code : defaultStatus;
		Throwable exception = unwrapServletException(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		if (exception == null) {
			handleStatus(status, request, response);
			return;
		}
		Throwable error = TransportFailures.forErrorDispatch(exception, status);
		if (error == exception && TransportFailures.isClientGone(exception)) {
			this.responder.clientGone(exception, methodOf(request), pathOf(request), this.requestIds.of(request));
			return;
		}
		respond(error, 0, request, response);
	}

	/**
	 * The exception to classify: the cause inside the servlet container's and Spring's
	 * {@code ServletException} wrappers.
	 * @param thrown the thrown object, may be {@code null}
	 * @return the exception, or {@code null} when there is none
	 */
	public static Throwable unwrapServletException(Object thrown) {
		if (!(thrown instanceof Throwable throwable)) {
			return null;
		}
		return Causes.unwrap(throwable, ServletException.class::isInstance);
	}

	/**
	 * Build the error a request would get, without writing it.
	 * @param exception the exception, or {@code null} for a bare status
	 * @param status the status when there is no exception
	 * @param request the request
	 * @return the error with its output code
	 */
	public ApiError toApiError(Throwable exception, int status, HttpServletRequest request) {
		Classification classification = (exception != null) ? this.classifier.classify(exception)
				: this.classifier.classifyStatus(status);
		ApiError.Builder error = classification.error();
		error.requestId(this.requestIds.of(request)).path(Texts.clip(pathOf(request)));
		return this.responder.finish(error, classification.detailValues(), exception, localeOf(request));
	}

	private void respond(Throwable exception, int status, HttpServletRequest request, HttpServletResponse response) {
		String requestId = this.requestIds.of(request);
		try {
			ApiError error = toApiError(exception, status, request);
			this.responder.send(error, exception, methodOf(request), pathOf(request), routeOf(request), response);
		}
		catch (Throwable failure) {
			// a client gone while its answer was written: the error's own line is already
			// logged
			if (!TransportFailures.isClientGone(failure)) {
				this.responder.fail(exception, failure, requestId, response);
			}
		}
	}

	/**
	 * The method the client used, also on an error dispatch (which the container makes a
	 * GET).
	 */
	static String methodOf(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_METHOD);
		return (original instanceof String method) ? method : request.getMethod();
	}

	/** The path the client asked for, also on an error dispatch. */
	static String pathOf(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String uri) ? uri : request.getRequestURI();
	}

	/**
	 * The matched route template ({@code /orders/{id}}), without request data;
	 * {@code null} before routing.
	 */
	private static String routeOf(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return (pattern instanceof String route) ? route : null;
	}

	private static Locale localeOf(HttpServletRequest request) {
		Locale locale = request.getLocale();
		return (locale != null) ? locale : Locale.getDefault();
	}

}
