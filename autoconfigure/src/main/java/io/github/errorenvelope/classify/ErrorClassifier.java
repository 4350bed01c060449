package io.github.errorenvelope.classify;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorCodes;
import io.github.errorenvelope.ErrorTypes;
import io.github.errorenvelope.FieldViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The one classifier: turns any exception (or a bare status from the container) into an
 * {@link ApiError} draft with status, canonical code, type, safe message, bounded
 * violations, details and headers. Precedence, first hit wins:
 * {@code error-envelope.exceptions.*} properties, {@link ErrorCode @ErrorCode}, the
 * mappers (built-in framework families, then Spring's {@code ErrorResponse} /
 * {@code @ResponseStatus} contracts), and finally 500 {@code INTERNAL_ERROR}.
 */
public class ErrorClassifier {

	private static final int MAX_DOMAIN_MESSAGE = 1024;

	/**
	 * The merged {@code @ErrorCode} of each exception class, searched and read once per
	 * class (an annotation's array member is copied on every call).
	 */
	private static final ClassValue<Optional<Coded>> ERROR_CODES = new ClassValue<>() {

		@Override
		protected Optional<Coded> computeValue(Class<?> type) {
			ErrorCode annotation = AnnotatedElementUtils.findMergedAnnotation(type, ErrorCode.class);
			return Optional.ofNullable((annotation != null) ? new Coded(annotation, statusOf(annotation)) : null);
		}

	};

	private final List<ErrorMapper> mappers;

	private final ClassifierOptions options;

	private final ErrorDetails errorDetails = new ErrorDetails();

	/**
	 * Create the classifier.
	 * @param mappers the mappers, most specific first; the first non-null answer wins
	 * @param options the settings
	 */
	public ErrorClassifier(List<ErrorMapper> mappers, ClassifierOptions options) {
		this.mappers = List.copyOf(mappers);
		this.options = options;
	}

	/** The settings this classifier runs with. */
	public ClassifierOptions getOptions() {
		return this.options;
	}

	/**
	 * Classify an error that has no exception, only a status (a container error page, a
	 * {@code sendError} call).
	 * @param status the HTTP status
	 * @return the draft
	 */
	public Classification classifyStatus(int status) {
		int safeStatus = (status >= 400 && status <= 599) ? status : 500;
		ApiError.Builder error = ApiError.builder(safeStatus)
			.code(StatusDefaults.code(safeStatus))
			.message(StatusDefaults.message(safeStatus));
		return finish(error, List.of());
	}

	/**
	 * Classify an exception.
	 * @param exception the exception
	 * @return the draft and the values of its {@code @ErrorDetail} members
	 */
	public Classification classify(Throwable exception) {
		Throwable error = unwrap(exception);
		ApiError.Builder draft = natural(error);
		boolean mapped = draft != null;
		if (draft == null) {
			draft = ApiError.builder(500).code(ErrorCodes.INTERNAL_ERROR);
		}
		Coded coded = ERROR_CODES.get(error.getClass()).orElse(null);
		if (coded != null) {
			ErrorCode annotation = coded.annotation();
			overlay(draft, coded.status(), annotation.value(), annotation.type(), null);
			if (Texts.hasText(annotation.challenge())) {
				draft.header(HttpHeaders.WWW_AUTHENTICATE, annotation.challenge());
			}
		}
		ExceptionMappings.Mapping configured = this.options.exceptionMappings()
			.find(error.getClass(), !isRequestInputFailure(error));
		if (configured != null) {
			overlay(draft, configured.status(), configured.code(), configured.type(), configured.message());
		}
		if (draft.getMessage() == null && draft.getViolations().isEmpty()) {
			draft.message(domainMessage(error, draft.getStatus(), mapped));
		}
		List<Object> detailValues = this.errorDetails.apply(error, draft);
		return finish(draft, detailValues);
	}

	/**
	 * Unwrap generic wrappers (reflection, futures) so the real exception is classified.
	 * @param exception the exception
	 * @return the innermost meaningful exception
	 */
	public static Throwable unwrap(Throwable exception) {
		return Causes.unwrap(exception,
				(link) -> link instanceof UndeclaredThrowableException || link instanceof InvocationTargetException
						|| link instanceof CompletionException || link instanceof ExecutionException);
	}

	/**
	 * Failures of the request's own bytes (a body cut off, a body over the size limit)
	 * are signalled with exceptions that extend {@code IOException} or wrap the
	 * container's: a mapping configured for a supertype is meant for the application's
	 * own I/O and must not turn them into 5xx. Only a mapping that names their class
	 * applies.
	 */
	private static boolean isRequestInputFailure(Throwable error) {
		return error instanceof UnreadableRequestBodyException || error instanceof PayloadTooLargeException;
	}

	private ApiError.@Nullable Builder natural(Throwable error) {
		// indexed: an iterator per error for a list that never changes
		for (int i = 0; i < this.mappers.size(); i++) {
			ApiError.Builder mapped = this.mappers.get(i).map(error);
			if (mapped != null) {
				return mapped;
			}
		}
		return null;
	}

	private static void overlay(ApiError.Builder draft, @Nullable Integer status, @Nullable String code,
			@Nullable String type, @Nullable String message) {
		if (status != null) {
			draft.status(status);
		}
		if (Texts.hasText(code)) {
			draft.code(code);
		}
		if (Texts.hasText(type)) {
			draft.type(type);
		}
		if (Texts.hasText(message)) {
			draft.message(message);
		}
	}

	/**
	 * The message of an exception the application threw itself: its own words for 4xx,
	 * the generic text for 5xx unless internal messages are exposed.
	 */
	private String domainMessage(Throwable error, int status, boolean mapped) {
		if (status >= 500 && !this.options.exposeInternalMessages()) {
			return StatusDefaults.message(status);
		}
		if (mapped && status < 500 && !isApplicationException(error)) {
			return StatusDefaults.message(status);
		}
		String own = Texts.safeMessage(error);
		if (!Texts.hasText(own)) {
			return StatusDefaults.message(status);
		}
		return (own.length() > MAX_DOMAIN_MESSAGE) ? own.substring(0, MAX_DOMAIN_MESSAGE - 1) + "\u2026" : own;
	}

	private static boolean isApplicationException(Throwable error) {
		String name = error.getClass().getName();
		return !name.startsWith("org.springframework.") && !name.startsWith("java.") && !name.startsWith("jakarta.")
				&& !name.startsWith("tools.jackson.");
	}

	private Classification finish(ApiError.Builder draft, List<Object> detailValues) {
		if (draft.getCode() == null) {
			draft.code(StatusDefaults.code(draft.getStatus()));
		}
		bound(draft);
		if (draft.getType() == null) {
			// looked up only when configured: the lookup boxes the status
			String configured = this.options.types().isEmpty() ? null : this.options.types().get(draft.getStatus());
			if (!draft.getViolations().isEmpty()) {
				draft.type(ErrorTypes.VALIDATION);
			}
			else {
				draft.type((configured != null) ? configured : StatusDefaults.type(draft.getStatus()));
			}
		}
		return new Classification(draft, detailValues);
	}

	private void bound(ApiError.Builder draft) {
		List<FieldViolation> violations = draft.getViolations();
		if (violations.isEmpty()) {
			return;
		}
		int limit = Math.max(0, this.options.maxViolations());
		List<FieldViolation> kept = new ArrayList<>(Math.min(limit, violations.size()));
		for (int i = 0; i < violations.size() && i < limit; i++) {
			kept.add(bounded(violations.get(i)));
		}
		int omitted = violations.size() - kept.size();
		draft.violations(kept);
		if (omitted > 0) {
			draft.detail(ViolationSentences.OMITTED_DETAIL, omitted);
		}
	}

	private FieldViolation bounded(FieldViolation violation) {
		Object rejected = this.options.exposeRejectedValues() ? clipValue(violation.rejectedValue()) : null;
		String field = Texts.clip(violation.field());
		String message = Texts.clip(violation.message());
		if (field == violation.field() && message == violation.message() && rejected == violation.rejectedValue()) {
			// nothing to bound: no copy
			return violation;
		}
		return new FieldViolation(field, message, violation.constraint(), rejected, violation.location());
	}

	private static @Nullable Object clipValue(@Nullable Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		return Texts.clip(String.valueOf(value));
	}

	/**
	 * The classifier's result.
	 *
	 * @param error the draft error
	 * @param detailValues the {@code @ErrorDetail} values in declaration order (message
	 * arguments)
	 */
	public record Classification(ApiError.Builder error, List<Object> detailValues) {
	}

	/**
	 * The status an {@link ErrorCode @ErrorCode} names.
	 * @param annotation the annotation
	 * @return its status, or {@code null} when it names none
	 */
	public static @Nullable Integer statusOf(ErrorCode annotation) {
		HttpStatus[] status = annotation.status();
		return (status.length > 0) ? status[0].value() : null;
	}

	/** An exception class's {@code @ErrorCode} with its status read once. */
	private record Coded(ErrorCode annotation, @Nullable Integer status) {
	}

}
