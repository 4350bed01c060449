package io.github.errorenvelope.classify;

import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of DESIGN §4's precedence: properties, {@code @ErrorCode}, Spring's
 * contracts, fallback.
 */
class ResolutionOrderTest {

	@ErrorCode(value = "ANNOTATED", status = HttpStatus.NOT_FOUND, type = "lookup")
	static class AnnotatedException extends RuntimeException {

		AnnotatedException() {
			super("Annotated message.");
		}

	}

	@ErrorCode(value = "STILL_BREWING", status = HttpStatus.I_AM_A_TEAPOT)
	static class TeapotException extends RuntimeException {

	}

	@ErrorCode("CODE_ONLY")
	@ResponseStatus(value = HttpStatus.CONFLICT, reason = "Reason from @ResponseStatus.")
	static class CodeAndResponseStatusException extends RuntimeException {

		CodeAndResponseStatusException() {
			super("Own message.");
		}

	}

	@ErrorCode("CODE_ONLY_ERROR_RESPONSE")
	static class CodeAndErrorResponseException extends ErrorResponseException {

		CodeAndErrorResponseException() {
			super(HttpStatus.UNPROCESSABLE_ENTITY);
		}

	}

	@ErrorCode("CODE_ONLY_NOTHING_ELSE")
	static class CodeWithoutStatusException extends RuntimeException {

		CodeWithoutStatusException() {
			super("database password is hunter2");
		}

	}

	@ResponseStatus(HttpStatus.PAYMENT_REQUIRED)
	static class ResponseStatusOnlyException extends RuntimeException {

		ResponseStatusOnlyException() {
			super("Top up your credits.");
		}

	}

	static class SubclassOfAnnotated extends AnnotatedException {

	}

	interface Retryable {

	}

	static class ThirdPartyException extends RuntimeException implements Retryable {

		ThirdPartyException() {
			super("third party says no");
		}

	}

	@ErrorCode(value = "RATE_LIMITED", status = HttpStatus.TOO_MANY_REQUESTS)
	static class RateLimitedException extends RuntimeException {

		@ErrorDetail(value = "retry_after", header = "Retry-After")
		private final int retryAfter = 30;

		@ErrorDetail("limit")
		int getLimit() {
			return 100;
		}

	}

	static class BrokenMessageException extends RuntimeException {

		@Override
		public String getMessage() {
			throw new IllegalStateException("broken");
		}

	}

	private static ErrorClassifier classifier(Map<String, String> exceptionProperties, boolean exposeInternal) {
		ClassifierOptions options = new ClassifierOptions(exposeInternal, false, 50, Map.of(),
				ExceptionMappings.fromProperties(exceptionProperties));
		return new ErrorClassifier(List.of(new FrameworkStatusMapper(), new SpringContractMapper()), options);
	}

	private static ApiError classify(Throwable exception) {
		return classifier(Map.of(), false).classify(exception).error().build();
	}

	@Test
	void theAnnotationCanSayEveryStatusTeapotIncluded() {
		ApiError error = classify(new TeapotException());
		assertThat(error.getStatus()).isEqualTo(418);
		assertThat(error.getCode()).isEqualTo("STILL_BREWING");
	}

	@Test
	void propertiesWinOverTheAnnotation() {
		ErrorClassifier classifier = classifier(Map.of(AnnotatedException.class.getName() + ".status", "410",
				AnnotatedException.class.getName() + ".code", "FROM_PROPERTIES",
				AnnotatedException.class.getName() + ".message", "Configured message."), false);
		ApiError error = classifier.classify(new AnnotatedException()).error().build();
		assertThat(error.getStatus()).isEqualTo(410);
		assertThat(error.getCode()).isEqualTo("FROM_PROPERTIES");
		assertThat(error.getType()).isEqualTo("lookup");
		assertThat(error.getMessage()).isEqualTo("Configured message.");
	}

	@Test
	void propertiesSearchSuperclassesAndInterfaces() {
		ErrorClassifier classifier = classifier(Map.of(Retryable.class.getName() + ".status", "SERVICE_UNAVAILABLE",
				Retryable.class.getName() + ".code", "UPSTREAM_DOWN"), false);
		ApiError error = classifier.classify(new ThirdPartyException()).error().build();
		assertThat(error.getStatus()).isEqualTo(503);
		assertThat(error.getCode()).isEqualTo("UPSTREAM_DOWN");
		assertThat(error.getType()).isEqualTo("server");
		assertThat(error.getMessage()).isEqualTo("The service is temporarily unavailable.");
	}

	@Test
	void annotationGivesCodeStatusTypeAndTheOwnMessageOf4xx() {
		ApiError error = classify(new AnnotatedException());
		assertThat(error.getStatus()).isEqualTo(404);
		assertThat(error.getCode()).isEqualTo("ANNOTATED");
		assertThat(error.getType()).isEqualTo("lookup");
		assertThat(error.getMessage()).isEqualTo("Annotated message.");
	}

	@Test
	void annotationIsInherited() {
		assertThat(classify(new SubclassOfAnnotated()).getCode()).isEqualTo("ANNOTATED");
	}

	@Test
	void annotationWithoutStatusFallsBackToResponseStatus() {
		ApiError error = classify(new CodeAndResponseStatusException());
		assertThat(error.getStatus()).isEqualTo(409);
		assertThat(error.getCode()).isEqualTo("CODE_ONLY");
		assertThat(error.getType()).isEqualTo("conflict");
		assertThat(error.getMessage()).isEqualTo("Reason from @ResponseStatus.");
	}

	@Test
	void annotationWithoutStatusFallsBackToErrorResponse() {
		ApiError error = classify(new CodeAndErrorResponseException());
		assertThat(error.getStatus()).isEqualTo(422);
		assertThat(error.getCode()).isEqualTo("CODE_ONLY_ERROR_RESPONSE");
		assertThat(error.getType()).isEqualTo("invalid_request");
	}

	@Test
	void annotationWithoutAnyStatusIsA500WithTheGenericMessage() {
		ApiError error = classify(new CodeWithoutStatusException());
		assertThat(error.getStatus()).isEqualTo(500);
		assertThat(error.getCode()).isEqualTo("CODE_ONLY_NOTHING_ELSE");
		assertThat(error.getMessage()).isEqualTo("Internal server error.").doesNotContain("hunter2");
	}

	@Test
	void responseStatusAloneGivesStatusAndStatusCode() {
		ApiError error = classify(new ResponseStatusOnlyException());
		assertThat(error.getStatus()).isEqualTo(402);
		assertThat(error.getCode()).isEqualTo("PAYMENT_REQUIRED");
		assertThat(error.getType()).isEqualTo("payment");
		assertThat(error.getMessage()).isEqualTo("Top up your credits.");
	}

	@Test
	void responseStatusExceptionKeepsItsReason() {
		ApiError error = classify(new ResponseStatusException(HttpStatus.GONE, "This endpoint was retired."));
		assertThat(error.getStatus()).isEqualTo(410);
		assertThat(error.getCode()).isEqualTo("GONE");
		assertThat(error.getMessage()).isEqualTo("This endpoint was retired.");
	}

	@Test
	void anythingElseIsA500WithTheGenericMessage() {
		ApiError error = classify(new IllegalStateException("jdbc:postgresql://db.internal/billing"));
		assertThat(error.getStatus()).isEqualTo(500);
		assertThat(error.getCode()).isEqualTo("INTERNAL_ERROR");
		assertThat(error.getType()).isEqualTo("server");
		assertThat(error.getMessage()).isEqualTo("Internal server error.");
	}

	@Test
	void internalMessagesAreShownOnlyWhenExposed() {
		ApiError error = classifier(Map.of(), true).classify(new IllegalStateException("pool exhausted"))
			.error()
			.build();
		assertThat(error.getMessage()).isEqualTo("pool exhausted");
	}

	@Test
	void errorDetailsBecomeDetailsAndHeaders() {
		ApiError error = classify(new RateLimitedException());
		assertThat(error.getStatus()).isEqualTo(429);
		assertThat(error.getType()).isEqualTo("rate_limit");
		assertThat(error.getDetails()).containsExactly(Map.entry("retry_after", 30), Map.entry("limit", 100));
		assertThat(error.getHeaders()).containsEntry("Retry-After", "30");
	}

	@Test
	void wrappedExceptionsAreClassifiedByTheirCause() {
		ApiError error = classify(new java.util.concurrent.CompletionException(new AnnotatedException()));
		assertThat(error.getCode()).isEqualTo("ANNOTATED");
	}

	@Test
	void anExceptionWhoseMessageThrowsStillClassifies() {
		ApiError error = classifier(Map.of(), true).classify(new BrokenMessageException()).error().build();
		assertThat(error.getStatus()).isEqualTo(500);
		assertThat(error.getMessage()).isEqualTo("Internal server error.");
	}

	@Test
	void typesPropertyOverridesTheStatusDerivedType() {
		ClassifierOptions options = new ClassifierOptions(false, false, 50, Map.of(404, "missing"),
				ExceptionMappings.NONE);
		ErrorClassifier classifier = new ErrorClassifier(List.of(new SpringContractMapper()), options);
		ApiError error = classifier.classify(new ResponseStatusException(HttpStatus.NOT_FOUND)).error().build();
		assertThat(error.getType()).isEqualTo("missing");
	}

}
