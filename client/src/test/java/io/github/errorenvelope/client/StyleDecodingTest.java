package io.github.errorenvelope.client;

import java.time.Duration;
import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.client.ErrorEnvelope.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in style, as the server renders it, decodes into the same view. */
class StyleDecodingTest {

	private static final ApiError VALIDATION = ApiError.builder(400)
		.code("VALIDATION_ERROR")
		.type("validation")
		.violation(FieldViolation.body("customer_name", "must not be blank"))
		.violation(FieldViolation.body("items[0].quantity", "must be greater than or equal to 1"))
		.violation(FieldViolation.parameter("limit", "must be between 1 and 100"))
		.requestId("rid-1")
		.path("/orders")
		.build();

	private static final ApiError SHIPPED = ApiError.builder(409)
		.code("ORDER_ALREADY_SHIPPED")
		.type("conflict")
		.message("Order 2 has already shipped and can no longer be cancelled.")
		.detail("order_id", "2")
		.requestId("rid-2")
		.path("/orders/2/cancel")
		.build();

	private static final ApiError RATE_LIMITED = ApiError.builder(429)
		.code("RATE_LIMITED")
		.type("rate_limit")
		.message("Too many exports.")
		.detail("retry_after", 30)
		.requestId("rid-3")
		.build();

	private final ErrorEnvelopeDecoder decoder = ErrorEnvelopeDecoder.create();

	private ErrorEnvelope decode(String style, ApiError error) {
		return this.decoder.decode(error.getStatus(), Rendered.headers(style, error.getRequestId()),
				Rendered.body(style, error));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void validationErrorKeepsEveryViolationInOrder(String style) {
		ErrorEnvelope envelope = decode(style, VALIDATION);
		assertThat(envelope.isEnvelope()).isTrue();
		assertThat(envelope.getStyle()).isEqualTo(style);
		assertThat(envelope.getStatus()).isEqualTo(400);
		assertThat(envelope.getRequestId()).isEqualTo("rid-1");
		assertThat(envelope.getViolations()).containsExactly(new Violation("customer_name", "must not be blank"),
				new Violation("items[0].quantity", "must be greater than or equal to 1"),
				new Violation("limit", "must be between 1 and 100"));
		assertThat(envelope.getDetails()).isEmpty();
		switch (style) {
			case "status-object" -> assertThat(envelope.getCode()).isEqualTo("11102");
			case "success-envelope" -> assertThat(envelope.getCode()).isNull();
			default -> assertThat(envelope.hasCode("VALIDATION_ERROR")).as(envelope.getCode()).isTrue();
		}
		if (style.equals("claid") || style.equals("flat")) {
			assertThat(envelope.getType()).isEqualTo("validation");
		}
		assertThat(envelope.getMessage()).isEqualTo(style.equals("nested-error") ? "Invalid request parameters"
				: "customer_name: must not be blank. items[0].quantity: must be greater than or equal to 1. "
						+ "limit: must be between 1 and 100.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void codedErrorKeepsCodeMessageAndDetails(String style) {
		ErrorEnvelope envelope = decode(style, SHIPPED);
		assertThat(envelope.getStatus()).isEqualTo(409);
		assertThat(envelope.hasCode("ORDER_ALREADY_SHIPPED")).as(envelope.getCode()).isTrue();
		assertThat(envelope.getMessage()).isEqualTo("Order 2 has already shipped and can no longer be cancelled.");
		assertThat(envelope.getViolations()).isEmpty();
		assertThat(envelope.getDetails()).containsExactly(java.util.Map.entry("order_id", "2"));
		assertThat(envelope.getRequestId()).isEqualTo("rid-2");
		if (style.equals("claid") || style.equals("flat")) {
			assertThat(envelope.getType()).isEqualTo("conflict");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void retryAfterComesFromTheHeaderElseTheDetail(String style) {
		HttpHeaders headers = Rendered.headers(style, "rid-3");
		String body = Rendered.body(style, RATE_LIMITED);
		assertThat(this.decoder.decode(429, headers, body).getRetryAfter()).contains(Duration.ofSeconds(30));
		headers.set(HttpHeaders.RETRY_AFTER, "7");
		assertThat(this.decoder.decode(429, headers, body).getRetryAfter()).contains(Duration.ofSeconds(7));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nested-error", "claid", "success-envelope", "flat", "status-object", "problem-detail" })
	void theConfiguredStyleIsTriedFirstAndOthersAreStillRecognised(String style) {
		ErrorEnvelopeDecoder configured = new ErrorEnvelopeDecoder(List.of(), "flat", "x-request-id",
				new JacksonJsonTreeReader(), java.time.Clock.systemUTC());
		ErrorEnvelope envelope = configured.decode(409, Rendered.headers(style, "rid-2"),
				Rendered.body(style, SHIPPED));
		assertThat(envelope.getStyle()).isEqualTo(style);
		assertThat(envelope.hasCode("ORDER_ALREADY_SHIPPED")).isTrue();
	}

}
