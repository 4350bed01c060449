package io.github.errorenvelope.test;

import org.junit.jupiter.api.Test;

import static io.github.errorenvelope.test.ErrorEnvelopeAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every assertion fails with a message that says what was expected, what was found, and
 * shows the body.
 */
class AssertionFailuresTest {

	private static final String NESTED = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"Invalid request parameters\","
			+ "\"details\":{\"field\":\"name\",\"issue\":\"must not be blank\",\"violations\":[{\"field\":\"name\","
			+ "\"issue\":\"must not be blank\"}],\"retry_after\":5}},\"request_id\":\"r-1\"}";

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
			+ "\"detail\":\"Order 99 does not exist.\",\"code\":\"ORDER_NOT_FOUND\",\"request_id\":\"r-2\"}";

	private static final String HTML = "<html><body>502 Bad Gateway</body></html>";

	@Test
	void passingAssertionsOnRawJson() {
		assertThatJson(NESTED).isErrorEnvelope()
			.hasStyle("nested-error")
			.hasCode("validation_error")
			.hasMessage("Invalid request parameters")
			.hasViolation("name")
			.hasViolation("name", "must not be blank")
			.hasViolationCount(1)
			.hasDetail("retry_after", 5L)
			.hasRetryAfterSeconds(5)
			.hasRequestId("r-1");
		assertThatJson(PROBLEM).hasStatus(404).hasCode("ORDER_NOT_FOUND").hasNoViolations();
		assertThatJson(HTML).isNotErrorEnvelope();
	}

	@Test
	void isErrorEnvelope() {
		assertThatThrownBy(() -> assertThatJson(HTML).isErrorEnvelope()).hasMessageContaining(HTML)
			.hasMessageContaining("to be an error envelope");
		assertThatThrownBy(() -> assertThatJson(PROBLEM).isNotErrorEnvelope()).hasMessageContaining(PROBLEM)
			.hasMessageContaining("a problem-detail envelope");
		assertThatThrownBy(() -> assertThatJson("").isErrorEnvelope()).hasMessageContaining("(empty)");
	}

	@Test
	void hasStyleAndHasStatus() {
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasStyle("flat")).hasMessageContaining(PROBLEM)
			.hasMessageContaining("style flat")
			.hasMessageContaining("problem-detail");
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasStatus(400)).hasMessageContaining(PROBLEM)
			.hasMessageContaining("status 400")
			.hasMessageContaining("404");
	}

	@Test
	void hasCodeAndHasType() {
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasCode("ORDER_SHIPPED")).hasMessageContaining(PROBLEM)
			.hasMessageContaining("error code ORDER_SHIPPED")
			.hasMessageContaining("ORDER_NOT_FOUND");
		assertThatThrownBy(() -> assertThatJson(HTML).hasCode("ORDER_SHIPPED")).hasMessageContaining(HTML);
		assertThatThrownBy(() -> assertThatJson(NESTED).hasType("validation")).hasMessageContaining(NESTED)
			.hasMessageContaining("error type validation");
	}

	@Test
	void hasMessageAndHasMessageContaining() {
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasMessage("Gone.")).hasMessageContaining(PROBLEM)
			.hasMessageContaining("message \"Gone.\"")
			.hasMessageContaining("\"Order 99 does not exist.\"");
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasMessageContaining("shipped")).hasMessageContaining(PROBLEM)
			.hasMessageContaining("containing \"shipped\"");
	}

	@Test
	void violations() {
		assertThatThrownBy(() -> assertThatJson(NESTED).hasViolation("items[0].quantity")).hasMessageContaining(NESTED)
			.hasMessageContaining("a violation of items[0].quantity")
			.hasMessageContaining("Violation[field=name, message=must not be blank]");
		assertThatThrownBy(() -> assertThatJson(NESTED).hasViolation("name", "must be null"))
			.hasMessageContaining(NESTED)
			.hasMessageContaining("name: \"must be null\"");
		assertThatThrownBy(() -> assertThatJson(NESTED).hasViolationCount(3)).hasMessageContaining(NESTED)
			.hasMessageContaining("3 violations");
		assertThatThrownBy(() -> assertThatJson(NESTED).hasNoViolations()).hasMessageContaining(NESTED)
			.hasMessageContaining("0 violations");
	}

	@Test
	void details() {
		assertThatThrownBy(() -> assertThatJson(NESTED).hasDetail("retry_after", 6)).hasMessageContaining(NESTED)
			.hasMessageContaining("detail retry_after = 6")
			.hasMessageContaining("{retry_after=5}");
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasDetail("order_id", "99")).hasMessageContaining(PROBLEM);
		assertThatThrownBy(() -> assertThatJson(PROBLEM).hasRetryAfterSeconds(30)).hasMessageContaining(PROBLEM)
			.hasMessageContaining("Retry-After 30 seconds")
			.hasMessageContaining("none");
	}

	@Test
	void requestIds() {
		assertThatThrownBy(() -> assertThatJson(NESTED).hasRequestId("r-9")).hasMessageContaining(NESTED)
			.hasMessageContaining("request id r-9")
			.hasMessageContaining("r-1");
		assertThatThrownBy(() -> assertThatJson(NESTED).hasRequestIdHeader()).hasMessageContaining(NESTED)
			.hasMessageContaining("x-request-id response header");
	}

}
