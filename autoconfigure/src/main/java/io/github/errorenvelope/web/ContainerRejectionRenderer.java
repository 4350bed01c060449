package io.github.errorenvelope.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.classify.ErrorClassifier;

/**
 * Renders the envelope for error pages the servlet container renders itself, for requests
 * it rejected before any filter or servlet ran (a broken request line or header block, a
 * rejected path, a size limit): classified by status alone, translated, customized,
 * code-formatted, logged and written by the one writer. It needs nothing from Spring MVC,
 * because the container calls it outside the servlet.
 */
public class ContainerRejectionRenderer {

	/** The message of a request the container could not parse or refused as malformed. */
	public static final String MALFORMED_MESSAGE = "The request is malformed.";

	private final ErrorClassifier classifier;

	private final RequestIds requestIds;

	private final ClassifiedErrorSender responder;

	/**
	 * Create the renderer.
	 * @param classifier the classifier
	 * @param requestIds the request-id policy
	 * @param responder the shared steps after classification
	 */
	public ContainerRejectionRenderer(ErrorClassifier classifier, RequestIds requestIds,
			ClassifiedErrorSender responder) {
		this.classifier = classifier;
		this.requestIds = requestIds;
		this.responder = responder;
	}

	/**
	 * Answer a request the container rejected with the envelope for its status.
	 * @param status the status the container chose
	 * @param request the request, as far as the container could parse it
	 * @param headersParsed whether the request line and headers were parsed completely,
	 * so that the incoming request id and {@code Accept-Language} may be used; when
	 * {@code false} only what the container itself decided is trusted and a new request
	 * id is generated
	 * @param response the response (not committed)
	 */
	public void handle(int status, HttpServletRequest request, boolean headersParsed, HttpServletResponse response) {
		String requestId = requestId(request, headersParsed);
		this.responder.respond(() -> toApiError(status, requestId, locale(request, headersParsed)), null,
				orUnknown(request::getMethod), orUnknown(request::getRequestURI), null, requestId, response);
	}

	/**
	 * Build the error a rejected request gets, without writing it. A 400 from the
	 * container means the request could not be parsed or was refused as malformed, so its
	 * code is {@code MALFORMED_REQUEST} rather than the generic {@code BAD_REQUEST};
	 * every other status gets the classifier's code for it ({@code NOT_FOUND},
	 * {@code PAYLOAD_TOO_LARGE}, {@code URI_TOO_LONG}, …). The path is left out: it is
	 * often the very thing that was rejected.
	 * @param status the status the container chose
	 * @param requestId the request id
	 * @param locale the locale for translated messages
	 * @return the error with its output code
	 */
	public ApiError toApiError(int status, String requestId, Locale locale) {
		ApiError.Builder error = this.classifier.classifyStatus(status).error();
		applyContainerDefaults(error);
		error.requestId(requestId);
		return this.responder.finish(error, List.of(), null, locale);
	}

	private static void applyContainerDefaults(ApiError.Builder error) {
		switch (error.getStatus()) {
			case 400 -> error.code(ErrorCodes.MALFORMED_REQUEST).message(MALFORMED_MESSAGE);
			// the generic 5xx text would blame the server for what the client sent
			case 501 -> error.message("The request uses a feature the server does not support.");
			case 505 -> error.message("The HTTP version of the request is not supported.");
			default -> {
			}
		}
	}

	private String requestId(HttpServletRequest request, boolean headersParsed) {
		// an id the request-id filter already decided (the request got that far) stays
		// the same
		Object known = request.getAttribute(RequestIds.ATTRIBUTE);
		if (known instanceof String id) {
			return id;
		}
		// a header block that failed to parse may hold a cut-off value: never reuse it
		String id = headersParsed ? this.requestIds.decide(request.getHeader(this.requestIds.header()))
				: RequestIds.generate();
		request.setAttribute(RequestIds.ATTRIBUTE, id);
		return id;
	}

	private static Locale locale(HttpServletRequest request, boolean headersParsed) {
		if (headersParsed) {
			try {
				Locale locale = request.getLocale();
				if (locale != null) {
					return locale;
				}
			}
			catch (RuntimeException ex) {
				// an unreadable Accept-Language header: use the default
			}
		}
		return Locale.getDefault();
	}

	private static String orUnknown(Supplier<String> part) {
		try {
			String value = part.get();
			return (value != null && !value.isEmpty()) ? value : "?";
		}
		catch (RuntimeException ex) {
			// the container could not parse this part of the request
			return "?";
		}
	}

}
