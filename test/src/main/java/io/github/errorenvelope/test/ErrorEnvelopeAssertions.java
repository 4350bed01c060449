package io.github.errorenvelope.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.client.ErrorEnvelope;
import io.github.errorenvelope.client.ErrorEnvelopeDecoder;
import io.github.errorenvelope.client.ErrorEnvelopes;
import io.github.errorenvelope.client.JacksonJsonTreeReader;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Entry points of the error-envelope assertions, for every way a Spring test gets a
 * response: {@code MockMvcTester} results, {@code RestTestClient} and
 * {@code WebTestClient} responses, JDK {@code HttpClient} responses,
 * {@code ResponseEntity}s, exceptions thrown by a client, and raw JSON. The style is
 * recognised from the body (for {@code MockMvcTester}, the application's
 * {@code error-envelope.style} is tried first).
 *
 * <pre>{@code
 * ErrorEnvelopeAssertions.assertThat(mvc.post().uri("/orders").content(json))
 *     .isErrorEnvelope().hasStatus(400).hasCode("VALIDATION_ERROR")
 *     .hasViolation("items[0].quantity", "must be greater than or equal to 1").hasRequestIdHeader();
 * }</pre>
 */
public final class ErrorEnvelopeAssertions {

	private static final String DEFAULT_HEADER = ErrorEnvelopeDecoder.DEFAULT_REQUEST_ID_HEADER;

	private static final ErrorEnvelopeDecoder DECODER = ErrorEnvelopeDecoder.create();

	private ErrorEnvelopeAssertions() {
	}

	/**
	 * Assertions on a {@code MockMvcTester} result.
	 * @param result the result
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(MvcTestResult result) {
		MockHttpServletResponse response = result.getResponse();
		HttpHeaders headers = new HttpHeaders();
		for (String name : response.getHeaderNames()) {
			headers.addAll(name, response.getHeaders(name));
		}
		if (response.getContentType() != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, response.getContentType());
		}
		Environment environment = environmentOf(result);
		String style = (environment != null) ? environment.getProperty("error-envelope.style") : null;
		String header = (environment != null)
				? environment.getProperty("error-envelope.request-id.header", DEFAULT_HEADER) : DEFAULT_HEADER;
		ErrorEnvelopeDecoder decoder = (style != null || !DEFAULT_HEADER.equals(header))
				? new ErrorEnvelopeDecoder(List.of(), style, header, new JacksonJsonTreeReader(), Clock.systemUTC())
				: DECODER;
		return new ErrorEnvelopeAssert(decoder.decode(response.getStatus(), headers, response.getContentAsByteArray()),
				headers, header);
	}

	/**
	 * Assertions on a {@code MockMvcTester} request: it is performed, then asserted on.
	 * @param request the request
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(MockMvcTester.MockMvcRequestBuilder request) {
		return assertThat(request.exchange());
	}

	/**
	 * Assertions on a {@code RestTestClient} response (its body is read).
	 * @param response the response spec
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(RestTestClient.ResponseSpec response) {
		return assertThat(response.expectBody().returnResult());
	}

	/**
	 * Assertions on a {@code RestTestClient} exchange result.
	 * @param result the result
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(ExchangeResult result) {
		return of(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBodyContent());
	}

	/**
	 * Assertions on a {@code WebTestClient} response (its body is read).
	 * @param response the response spec
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(WebTestClient.ResponseSpec response) {
		return assertThat(response.expectBody().returnResult());
	}

	/**
	 * Assertions on a {@code WebTestClient} exchange result.
	 * @param result the result
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(org.springframework.test.web.reactive.server.ExchangeResult result) {
		return of(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBodyContent());
	}

	/**
	 * Assertions on a JDK {@code HttpClient} response with a {@code String} or
	 * {@code byte[]} body.
	 * @param response the response
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(HttpResponse<?> response) {
		HttpHeaders headers = new HttpHeaders();
		response.headers().map().forEach(headers::addAll);
		return of(response.statusCode(), headers, bytes(response.body()));
	}

	/**
	 * Assertions on a {@code ResponseEntity} with a {@code String} or {@code byte[]} body
	 * (e.g. from {@code TestRestTemplate}).
	 * @param response the response
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThat(ResponseEntity<?> response) {
		return of(response.getStatusCode().value(), response.getHeaders(), bytes(response.getBody()));
	}

	/**
	 * Assertions on what a client call threw: the envelope behind the client's typed
	 * exceptions (or an application exception thrown in their place).
	 * @param thrown the exception
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThatThrownEnvelope(Throwable thrown) {
		ErrorEnvelope envelope = ErrorEnvelopes.from(thrown)
			.orElseThrow(() -> new AssertionError("Expecting an exception from an error response but was: " + thrown));
		return new ErrorEnvelopeAssert(envelope, envelope.getHeaders(), DEFAULT_HEADER);
	}

	/**
	 * Assertions on a raw JSON body. The status is the body's own
	 * ({@code problem-detail}), else 0.
	 * @param json the body
	 * @return the assertions
	 */
	public static ErrorEnvelopeAssert assertThatJson(String json) {
		int status = 0;
		Object tree = parseQuietly(json);
		if (tree instanceof Map<?, ?> body && body.get("status") instanceof Number number) {
			status = number.intValue();
		}
		return new ErrorEnvelopeAssert(DECODER.decode(status, new HttpHeaders(), json), null, DEFAULT_HEADER);
	}

	private static ErrorEnvelopeAssert of(int status, HttpHeaders headers, byte[] body) {
		return new ErrorEnvelopeAssert(DECODER.decode(status, headers, body), headers, DEFAULT_HEADER);
	}

	private static Object parseQuietly(String json) {
		try {
			return new JacksonJsonTreeReader().read(json);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static byte[] bytes(Object body) {
		if (body instanceof byte[] raw) {
			return raw;
		}
		return (body != null) ? body.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	private static Environment environmentOf(MvcTestResult result) {
		try {
			ApplicationContext context = WebApplicationContextUtils
				.getWebApplicationContext(result.getRequest().getServletContext());
			return (context != null) ? context.getEnvironment() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
