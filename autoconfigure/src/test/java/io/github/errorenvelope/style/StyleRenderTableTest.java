package io.github.errorenvelope.style;

import java.util.stream.Stream;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.FieldViolation.Location;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each built-in style's {@code render} and {@code write} at unit level: a finished
 * {@link ApiError} in, the exact JSON out, member order included. The HTTP contract tests
 * ({@code *StyleContractTest}) pin the two errors the test application raises; these rows
 * cover what they do not: a response header (never part of the body), a detail whose
 * value is {@code null} (left out), a violation's rejected value, a violation without a
 * field (the request as a whole), and problem-detail's type URI from a base URI.
 */
class StyleRenderTableTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String TYPE_BASE = "https://errors.example.com/";

	/**
	 * One row of the table.
	 *
	 * @param name what the row shows
	 * @param style the style under test
	 * @param error the finished error it renders
	 * @param expectedJson the exact body
	 */
	record Row(String name, EnvelopeStyle style, ApiError error, String expectedJson) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** A coded domain error with a detail, a {@code null} detail and a header. */
	private static ApiError coded() {
		return ApiError.builder(409)
			.code("ORDER_LOCKED")
			.type("conflict")
			.message("Order 7 is locked.")
			.detail("order_id", "7")
			.detail("locked_by", null)
			.header("Retry-After", "30")
			.requestId("req-1")
			.path("/orders/7")
			.build();
	}

	/**
	 * A validation error: one field violation with its rejected value, one for the whole
	 * request.
	 */
	private static ApiError invalid() {
		return ApiError.builder(422)
			.code("VALIDATION_ERROR")
			.type("validation")
			.message("Invalid request parameters")
			.violation(new FieldViolation("items[0].qty", "must be greater than 0", "Min", 0, Location.BODY))
			.violation(new FieldViolation(null, "dates are out of order", "DateRange", null, Location.BODY))
			.requestId("req-2")
			.path("/orders")
			.build();
	}

	static Stream<Row> rows() {
		return Stream.of(new Row("nested-error, coded", new NestedErrorStyle(), coded(), """
				{"error": {"code": "ORDER_LOCKED", "message": "Order 7 is locked.", "details": {"order_id": "7"}},
				 "request_id": "req-1"}
				"""),
				new Row("nested-error, violations", new NestedErrorStyle(), invalid(),
						"""
								{"error": {"code": "VALIDATION_ERROR", "message": "Invalid request parameters",
								           "details": {"field": "items[0].qty", "issue": "must be greater than 0",
								                       "violations": [
								                         {"field": "items[0].qty", "issue": "must be greater than 0", "rejected_value": 0},
								                         {"field": "request", "issue": "dates are out of order"}]}},
								 "request_id": "req-2"}
								"""),
				new Row("claid, coded", new ClaidStyle(), coded(), """
						{"error_code": "ORDER_LOCKED", "error_type": "conflict", "error_message": "Order 7 is locked.",
						 "error_details": {"order_id": "7"}}
						"""),
				new Row("claid, violations", new ClaidStyle(), invalid(),
						"""
								{"error_code": "VALIDATION_ERROR", "error_type": "validation", "error_message": "Invalid request parameters",
								 "error_details": {"items[0].qty": ["must be greater than 0"], "request": ["dates are out of order"]}}
								"""),
				new Row("success-envelope, coded", new SuccessEnvelopeStyle(false), coded(), """
						{"data": null, "success": false, "message": "Order 7 is locked.",
						 "errors": [{"ORDER_LOCKED": ["Order 7 is locked."], "order_id": "7"}]}
						"""),
				new Row("success-envelope, violations", new SuccessEnvelopeStyle(false), invalid(),
						"""
								{"data": null, "success": false, "message": "Invalid request parameters",
								 "errors": [{"items[0].qty": ["must be greater than 0"]}, {"request": ["dates are out of order"]}]}
								"""),
				new Row("flat, coded", new FlatStyle(), coded(),
						"""
								{"message": "Order 7 is locked.", "type": "conflict", "code": "ORDER_LOCKED", "request_id": "req-1",
								 "order_id": "7"}
								"""),
				new Row("flat, violations", new FlatStyle(), invalid(), """
						{"message": "Invalid request parameters", "type": "validation", "code": "VALIDATION_ERROR",
						 "param": "items[0].qty", "request_id": "req-2",
						 "errors": [{"param": "items[0].qty", "message": "must be greater than 0", "rejected_value": 0},
						            {"param": "request", "message": "dates are out of order"}]}
						"""), new Row("status-object, coded", new StatusObjectStyle(), coded(), """
						{"status": {"code": "ORDER_LOCKED", "description": "Conflict", "details": "Order 7 is locked.",
						            "req_id": "req-1", "order_id": "7"}}
						"""), new Row("status-object, violations", new StatusObjectStyle(), invalid(), """
						{"status": {"code": "VALIDATION_ERROR", "description": "Unprocessable Content",
						            "details": "Invalid request parameters", "req_id": "req-2"}}
						"""),
				new Row("problem-detail, coded, no type base URI", new ProblemDetailStyle(null), coded(), """
						{"type": "about:blank", "title": "Conflict", "status": 409, "detail": "Order 7 is locked.",
						 "instance": "/orders/7", "code": "ORDER_LOCKED", "request_id": "req-1", "order_id": "7"}
						"""),
				new Row("problem-detail, coded, type base URI", new ProblemDetailStyle(TYPE_BASE), coded(),
						"""
								{"type": "https://errors.example.com/order-locked", "title": "Conflict", "status": 409,
								 "detail": "Order 7 is locked.", "instance": "/orders/7", "code": "ORDER_LOCKED", "request_id": "req-1",
								 "order_id": "7"}
								"""),
				new Row("problem-detail, violations", new ProblemDetailStyle(TYPE_BASE), invalid(),
						"""
								{"type": "https://errors.example.com/validation-error", "title": "Unprocessable Content", "status": 422,
								 "detail": "Invalid request parameters", "instance": "/orders", "code": "VALIDATION_ERROR",
								 "request_id": "req-2",
								 "errors": [{"pointer": "#/items/0/qty", "detail": "must be greater than 0", "rejected_value": 0},
								            {"pointer": "#", "detail": "dates are out of order"}]}
								"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void rendersExactlyThisJson(Row row) {
		String actual = MAPPER.writeValueAsString(row.style().render(row.error()));
		assertThat(actual).isEqualTo(Json.normalize(row.expectedJson()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void writesExactlyThisJsonStraightToAGenerator(Row row) {
		assertThat(Streamed.write(MAPPER, row.style(), row.error())).isEqualTo(Json.normalize(row.expectedJson()));
	}

}
