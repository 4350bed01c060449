package io.github.errorenvelope.test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.github.errorenvelope.client.ErrorEnvelope;
import org.assertj.core.api.AbstractAssert;

import org.springframework.http.HttpHeaders;

/**
 * AssertJ assertions on an error response in any envelope style: the body is decoded by
 * the client's decoder, so {@code hasCode}, {@code hasViolation}, … mean the same in
 * every style. Every failure message shows the response body.
 */
public class ErrorEnvelopeAssert extends AbstractAssert<ErrorEnvelopeAssert, ErrorEnvelope> {

	private final HttpHeaders headers;

	private final String requestIdHeader;

	/**
	 * Create the assertion.
	 * @param actual the decoded response
	 * @param headers the response headers, or {@code null} when only a body is known
	 * @param requestIdHeader the request-id header name
	 */
	public ErrorEnvelopeAssert(ErrorEnvelope actual, HttpHeaders headers, String requestIdHeader) {
		super(actual, ErrorEnvelopeAssert.class);
		this.headers = headers;
		this.requestIdHeader = requestIdHeader;
	}

	/** The body is an error envelope of a known style. */
	public ErrorEnvelopeAssert isErrorEnvelope() {
		isNotNull();
		if (!this.actual.isEnvelope()) {
			fail("to be an error envelope (of any style)", "not an error envelope");
		}
		return this;
	}

	/** The body is not an error envelope (e.g. an HTML page or an empty body). */
	public ErrorEnvelopeAssert isNotErrorEnvelope() {
		isNotNull();
		if (this.actual.isEnvelope()) {
			fail("not to be an error envelope", "a " + this.actual.getStyle() + " envelope");
		}
		return this;
	}

	/**
	 * The body has the given style.
	 * @param style e.g. {@code problem-detail}
	 */
	public ErrorEnvelopeAssert hasStyle(String style) {
		isNotNull();
		if (!Objects.equals(this.actual.getStyle(), style)) {
			fail("style " + style, String.valueOf(this.actual.getStyle()));
		}
		return this;
	}

	/**
	 * The response status.
	 * @param status e.g. {@code 404}
	 */
	public ErrorEnvelopeAssert hasStatus(int status) {
		isNotNull();
		if (this.actual.getStatus() != status) {
			fail("status " + status, String.valueOf(this.actual.getStatus()));
		}
		return this;
	}

	/**
	 * The error code, compared as the client compares codes: ignoring case and word
	 * separators, so {@code ORDER_NOT_FOUND} matches {@code order_not_found} in
	 * lower-snake styles.
	 * @param code the expected code
	 */
	public ErrorEnvelopeAssert hasCode(String code) {
		isErrorEnvelope();
		if (!this.actual.hasCode(code)) {
			fail("error code " + code, String.valueOf(this.actual.getCode()));
		}
		return this;
	}

	/**
	 * The error type ({@code validation}, {@code not_found}, …), for styles that carry
	 * one.
	 * @param type the expected type
	 */
	public ErrorEnvelopeAssert hasType(String type) {
		isErrorEnvelope();
		if (!Objects.equals(this.actual.getType(), type)) {
			fail("error type " + type, String.valueOf(this.actual.getType()));
		}
		return this;
	}

	/**
	 * The message, exactly.
	 * @param message the expected message
	 */
	public ErrorEnvelopeAssert hasMessage(String message) {
		isErrorEnvelope();
		if (!Objects.equals(this.actual.getMessage(), message)) {
			fail("message \"" + message + "\"", quoted(this.actual.getMessage()));
		}
		return this;
	}

	/**
	 * The message contains a text.
	 * @param text the expected part
	 */
	public ErrorEnvelopeAssert hasMessageContaining(String text) {
		isErrorEnvelope();
		if (this.actual.getMessage() == null || !this.actual.getMessage().contains(text)) {
			fail("a message containing \"" + text + "\"", quoted(this.actual.getMessage()));
		}
		return this;
	}

	/**
	 * A violation of the field.
	 * @param field the field path, e.g. {@code items[0].quantity}
	 */
	public ErrorEnvelopeAssert hasViolation(String field) {
		isErrorEnvelope();
		if (this.actual.violationMessages(field).isEmpty()) {
			fail("a violation of " + field, violations());
		}
		return this;
	}

	/**
	 * A violation of the field with the message.
	 * @param field the field path, e.g. {@code items[0].quantity}
	 * @param message the message, e.g. {@code must be greater than or equal to 1}
	 */
	public ErrorEnvelopeAssert hasViolation(String field, String message) {
		isErrorEnvelope();
		if (!this.actual.violationMessages(field).contains(message)) {
			fail("a violation of " + field + ": \"" + message + "\"", violations());
		}
		return this;
	}

	/**
	 * How many violations the body lists.
	 * @param count the expected number
	 */
	public ErrorEnvelopeAssert hasViolationCount(int count) {
		isErrorEnvelope();
		if (this.actual.getViolations().size() != count) {
			fail(count + " violations", violations());
		}
		return this;
	}

	/** No field violations. */
	public ErrorEnvelopeAssert hasNoViolations() {
		return hasViolationCount(0);
	}

	/**
	 * A detail member with the value (numbers compared by value, other values by their
	 * text).
	 * @param name e.g. {@code retry_after}
	 * @param value the expected value
	 */
	public ErrorEnvelopeAssert hasDetail(String name, Object value) {
		isErrorEnvelope();
		Object detail = this.actual.getDetails().get(name);
		if (detail == null || !sameValue(detail, value)) {
			fail("detail " + name + " = " + value, "details " + this.actual.getDetails());
		}
		return this;
	}

	/**
	 * The request id (from the body where the style has a slot, else the header).
	 * @param requestId the expected id
	 */
	public ErrorEnvelopeAssert hasRequestId(String requestId) {
		isNotNull();
		if (!Objects.equals(this.actual.getRequestId(), requestId)) {
			fail("request id " + requestId, String.valueOf(this.actual.getRequestId()));
		}
		return this;
	}

	/**
	 * The response carries the request-id header, and the body (where it has a slot)
	 * agrees with it.
	 */
	public ErrorEnvelopeAssert hasRequestIdHeader() {
		isNotNull();
		String header = (this.headers != null) ? this.headers.getFirst(this.requestIdHeader) : null;
		if (header == null || header.isBlank()) {
			fail("a " + this.requestIdHeader + " response header", "no such header");
		}
		if (this.actual.getRequestId() != null && !this.actual.getRequestId().equals(header)) {
			fail("the body's request id to equal the " + this.requestIdHeader + " header " + header,
					this.actual.getRequestId());
		}
		return this;
	}

	/**
	 * The response carries the request-id header with the value.
	 * @param requestId the expected id
	 */
	public ErrorEnvelopeAssert hasRequestIdHeader(String requestId) {
		hasRequestIdHeader();
		String header = this.headers.getFirst(this.requestIdHeader);
		if (!requestId.equals(header)) {
			fail(this.requestIdHeader + ": " + requestId, header);
		}
		return this;
	}

	/**
	 * How long the response asks the caller to wait ({@code Retry-After}, or a
	 * {@code retry_after} detail).
	 * @param seconds the expected delay
	 */
	public ErrorEnvelopeAssert hasRetryAfterSeconds(long seconds) {
		isNotNull();
		Duration expected = Duration.ofSeconds(seconds);
		if (!this.actual.getRetryAfter().map(expected::equals).orElse(false)) {
			fail("Retry-After " + seconds + " seconds",
					this.actual.getRetryAfter().map(Duration::toString).orElse("none"));
		}
		return this;
	}

	/** The decoded envelope, for checks these assertions do not offer. */
	public ErrorEnvelope envelope() {
		return this.actual;
	}

	private void fail(String expected, String actualValue) {
		failWithMessage("%nExpecting error response to have:%n  %s%nbut had:%n  %s%nin %s body:%n  %s", expected,
				actualValue, describeStyle(),
				this.actual.getRawBody().isEmpty() ? "(empty)" : this.actual.getRawBody());
	}

	private String describeStyle() {
		return this.actual.getStatus() + " " + (this.actual.isEnvelope() ? this.actual.getStyle() : "non-envelope");
	}

	private String violations() {
		List<ErrorEnvelope.Violation> violations = this.actual.getViolations();
		return violations.isEmpty() ? "no violations" : "violations " + violations;
	}

	private static String quoted(String text) {
		return (text != null) ? "\"" + text + "\"" : "no message";
	}

	private static boolean sameValue(Object actual, Object expected) {
		if (actual instanceof Number a && expected instanceof Number e) {
			return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(e.toString())) == 0;
		}
		return String.valueOf(actual).equals(String.valueOf(expected));
	}

}
