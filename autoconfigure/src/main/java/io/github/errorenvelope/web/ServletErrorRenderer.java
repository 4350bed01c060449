package io.github.errorenvelope.web;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.classify.Causes;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorClassifier.Classification;
import io.github.errorenvelope.classify.Texts;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Turns the exception or bare error status of a servlet request into the envelope
 * response; every servlet entry point (Spring MVC resolver, uncaught-error filter, error
 * path controller, security handlers) calls it: classify, then hand the error to the
 * {@link ClassifiedErrorSender}. If any of that fails the client still gets a minimal
 * valid JSON 500 with the request id.
 */
public class ServletErrorRenderer {

	private final ErrorClassifier classifier;

	private final RequestIds requestIds;

	private final ClassifiedErrorSender responder;

	/**
	 * Create the renderer.
	 * @param classifier the classifier
	 * @param requestIds the request-id policy
	 * @param responder the shared steps after classification
	 */
	public ServletErrorRenderer(ErrorClassifier classifier, RequestIds requestIds, ClassifiedErrorSender responder) {
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
		respond(error, request, response);
	}

	/**
	 * Answer a request with the envelope for a bare status (container error,
	 * {@code sendError}).
	 * @param status the status
	 * @param request the request
	 * @param response the response
	 */
	public void handleStatus(int status, HttpServletRequest request, HttpServletResponse response) {
		respond(null, () -> toApiError(status, request), request, response);
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
		respond(error, request, response);
	}

	/**
	 * The exception to classify: the cause inside the servlet container's and Spring's
	 * {@code ServletException} wrappers.
	 * @param thrown the thrown object, may be {@code null}
	 * @return the exception, or {@code null} when there is none
	 */
	public static @Nullable Throwable unwrapServletException(@Nullable Object thrown) {
		if (!(thrown instanceof Throwable throwable)) {
			return null;
		}
		return Causes.unwrap(throwable, ServletException.class::isInstance);
	}

	/**
	 * Build the error a request would get for an exception, without writing it.
	 * @param exception the exception
	 * @param request the request
	 * @return the error with its output code
	 */
	public ApiError toApiError(Throwable exception, HttpServletRequest request) {
		return finish(this.classifier.classify(exception), exception, request);
	}

	/**
	 * Build the error a request would get for a bare status, without writing it.
	 * @param status the status
	 * @param request the request
	 * @return the error with its output code
	 */
	public ApiError toApiError(int status, HttpServletRequest request) {
		return finish(this.classifier.classifyStatus(status), null, request);
	}

	private ApiError finish(Classification classification, @Nullable Throwable exception, HttpServletRequest request) {
		ApiError.Builder error = classification.error();
		error.requestId(this.requestIds.of(request)).path(Texts.clip(pathOf(request)));
		return this.responder.finish(error, classification.detailValues(), exception, localeOf(request));
	}

	private void respond(Throwable exception, HttpServletRequest request, HttpServletResponse response) {
		respond(exception, () -> toApiError(exception, request), request, response);
	}

	private void respond(@Nullable Throwable exception, Supplier<ApiError> errorOf, HttpServletRequest request,
			HttpServletResponse response) {
		this.responder.respond(errorOf, exception, methodOf(request), pathOf(request), routeOf(request),
				this.requestIds.of(request), response);
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
	private static @Nullable String routeOf(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return (pattern instanceof String route) ? route : null;
	}

	private static Locale localeOf(HttpServletRequest request) {
		Locale locale = request.getLocale();
		return (locale != null) ? locale : Locale.getDefault();
	}

}
