package io.github.errorenvelope.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.ApiErrorCustomizer;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.ClassifierOptions;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.style.NestedErrorStyle;
import io.github.errorenvelope.style.ProblemDetailStyle;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline for container errors, without a container: codes, messages, request ids,
 * hooks.
 */
class ContainerRejectionRendererTest {

	private final StaticMessageSource messageSource = new StaticMessageSource();

	private ContainerRejectionRenderer handler(EnvelopeStyle style, ApiErrorCustomizer... customizers) {
		ErrorResponseWriter writer = new ErrorResponseWriter(new JsonMapper(), style, "x-request-id");
		ClassifiedErrorSender responder = new ClassifiedErrorSender(new ErrorMessages(this.messageSource),
				List.of(customizers), new CodeFormatter(Map.of(), null, style), writer,
				new ErrorLogger(new ErrorLogPolicy(Map.of()), new RepeatedFailures(java.time.Duration.ZERO, 16)),
				List.of());
		return new ContainerRejectionRenderer(new ErrorClassifier(List.of(), ClassifierOptions.defaults()),
				new RequestIds("x-request-id", true), responder);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			400 | MALFORMED_REQUEST | invalid_request | The request is malformed.
			404 | NOT_FOUND | not_found | Resource not found.
			413 | PAYLOAD_TOO_LARGE | invalid_request | The request is too large.
			414 | URI_TOO_LONG | invalid_request | The request URI is too long.
			431 | REQUEST_HEADER_FIELDS_TOO_LARGE | invalid_request | The request headers are too large.
			501 | NOT_IMPLEMENTED | server | The request uses a feature the server does not support.
			505 | HTTP_VERSION_NOT_SUPPORTED | server | The HTTP version of the request is not supported.
			503 | SERVICE_UNAVAILABLE | server | The service is temporarily unavailable.
			""")
	void statusGetsItsCodeTypeAndMessage(int status, String code, String type, String message) {
		ApiError error = handler(new NestedErrorStyle()).toApiError(status, "id-1", Locale.ENGLISH);
		assertThat(error.getStatus()).isEqualTo(status);
		assertThat(error.getCode()).isEqualTo(code);
		assertThat(error.getType()).isEqualTo(type);
		assertThat(error.getMessage()).isEqualTo(message);
		assertThat(error.getRequestId()).isEqualTo("id-1");
		assertThat(error.getPath()).isNull();
	}

	@Test
	void parsedHeadersGiveTheIncomingIdAndLocale() throws Exception {
		this.messageSource.addMessage("error.MALFORMED_REQUEST", Locale.GERMAN, "Die Anfrage ist fehlerhaft.");
		MockHttpServletRequest request = request();
		request.addHeader("x-request-id", "client-1");
		request.addPreferredLocale(Locale.GERMAN);
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler(new NestedErrorStyle()).handle(400, request, true, response);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getHeader("x-request-id")).isEqualTo("client-1");
		assertThat(Json.normalize(response.getContentAsString())).isEqualTo(Json.normalize("""
				{"error": {"code": "MALFORMED_REQUEST", "message": "Die Anfrage ist fehlerhaft."},
				 "request_id": "client-1"}
				"""));
	}

	@Test
	void unparsedHeadersAreNotTrusted() throws Exception {
		this.messageSource.addMessage("error.MALFORMED_REQUEST", Locale.GERMAN, "Die Anfrage ist fehlerhaft.");
		MockHttpServletRequest request = request();
		request.addHeader("x-request-id", "cut-off");
		request.addPreferredLocale(Locale.GERMAN);
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler(new NestedErrorStyle()).handle(400, request, false, response);
		String id = response.getHeader("x-request-id");
		assertThat(id).isNotEqualTo("cut-off").matches(RequestIdTest.UUID_PATTERN);
		assertThat(response.getContentAsString()).contains(id).doesNotContain("cut-off", "fehlerhaft");
	}

	@Test
	void idTheFilterAlreadyDecidedIsKept() {
		MockHttpServletRequest request = request();
		request.setAttribute(RequestIds.ATTRIBUTE, "decided-1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler(new NestedErrorStyle()).handle(400, request, false, response);
		assertThat(response.getHeader("x-request-id")).isEqualTo("decided-1");
	}

	@Test
	void problemDetailHasItsContentTypeAndNoInstance() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler(new ProblemDetailStyle(null)).handle(400, request(), true, response);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(Json.parse(response.getContentAsString()).has("instance")).isFalse();
	}

	@Test
	void customizersSeeTheCanonicalCodeAndNoException() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ApiErrorCustomizer customizer = (error, exception) -> {
			assertThat(exception).isNull();
			error.detail("canonical", error.getCode()).header("Retry-After", "5");
		};
		handler(new NestedErrorStyle(), customizer).handle(413, request(), true, response);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("\"canonical\":\"PAYLOAD_TOO_LARGE\"");
	}

	@Test
	void failingCustomizerStillGivesAMinimalJson500() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = request();
		request.addHeader("x-request-id", "client-2");
		handler(new NestedErrorStyle(), (error, exception) -> {
			throw new IllegalStateException("broken customizer");
		}).handle(400, request, true, response);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getHeader("x-request-id")).isEqualTo("client-2");
		assertThat(Json.parse(response.getContentAsString()).get("request_id").asString()).isEqualTo("client-2");
	}

	private static MockHttpServletRequest request() {
		return new MockHttpServletRequest("GET", "/rejected");
	}

}
