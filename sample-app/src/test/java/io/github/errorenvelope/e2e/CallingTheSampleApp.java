package io.github.errorenvelope.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import io.github.errorenvelope.client.ErrorEnvelopeResponseException;
import io.github.errorenvelope.client.ErrorEnvelopes;
import io.github.errorenvelope.client.webclient.ErrorEnvelopeWebClientException;
import io.github.errorenvelope.e2e.caller.CallerApplication;
import io.github.errorenvelope.e2e.caller.OrdersApi;
import io.github.errorenvelope.sample.OrderAlreadyShippedException;
import io.github.errorenvelope.sample.PartnerKeyFilter.InvalidApiKeyException;
import io.github.errorenvelope.style.StatusObjectStyle;
import io.github.errorenvelope.test.ErrorEnvelopeAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static io.github.errorenvelope.test.ErrorEnvelopeAssertions.assertThatThrownEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A second application (the {@link CallerApplication}) calls the real sample app, running
 * in one style per subclass, with the client: every error the sample produces arrives as
 * the typed exception with the right view, the sample's own exception classes are thrown
 * on the calling side, the request id travels with the call, and {@code Retry-After} is
 * honoured.
 */
abstract class CallingTheSampleApp {

	private static final String INVALID_ORDER = "{\"customer_name\":\"\",\"parameters\":{\"credentials\":{}},"
			+ "\"items\":[{\"sku\":\"A-1\",\"quantity\":0}]}";

	private static ConfigurableApplicationContext caller;

	@LocalServerPort
	int port;

	/** The style the sample app runs in. */
	abstract String style();

	@BeforeEach
	void startCaller() {
		if (caller == null) {
			String url = "http://127.0.0.1:" + this.port;
			caller = new SpringApplicationBuilder(CallerApplication.class).run("--server.port=0",
					"--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--orders.url=" + url,
					"--spring.http.serviceclient.orders.base-url=" + url, "--error-envelope.client.style=" + style(),
					"--error-envelope.client.exceptions.packages=io.github.errorenvelope.sample",
					"--error-envelope.client.retry.enabled=true", "--error-envelope.client.retry.max-delay=5s");
		}
	}

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	@AfterAll
	static void stopCaller() {
		if (caller != null) {
			caller.close();
			caller = null;
		}
	}

	private RestClient restClient() {
		return caller.getBean("ordersRestClient", RestClient.class);
	}

	/** What {@code POST /orders} with the body throws. */
	private Throwable postOrder(MediaType contentType, String body) {
		return catchThrowable(() -> restClient().post()
			.uri("/orders")
			.contentType(contentType)
			.body(body)
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * Status, code as this style writes it, type where the style has one, request-id
	 * header.
	 */
	private ErrorEnvelopeAssert assertError(Throwable thrown, int status, String canonicalCode, String type) {
		assertThat(thrown).as("thrown").isNotNull();
		ErrorEnvelopeAssert error = assertThatThrownEnvelope(thrown).isErrorEnvelope()
			.hasStyle(style())
			.hasStatus(status)
			.hasRequestIdHeader();
		boolean validationInSuccessEnvelope = style().equals("success-envelope")
				&& !error.envelope().getViolations().isEmpty();
		if (!validationInSuccessEnvelope) {
			String numeric = style().equals("status-object") ? new StatusObjectStyle().defaultCodeFor(canonicalCode)
					: null;
			error.hasCode((numeric != null) ? numeric : canonicalCode);
		}
		if (style().equals("claid") || style().equals("flat")) {
			error.hasType(type);
		}
		return error;
	}

	@Test
	void codedNotFoundCarriesTheCallersRequestId() {
		MDC.put("requestId", "caller-" + style());
		Throwable thrown = catchThrowable(() -> restClient().get().uri("/orders/99").retrieve().body(String.class));
		// OrderNotFoundException(String id): "id" is in no detail, so the typed exception
		// is thrown
		assertThat(thrown).isInstanceOf(ErrorEnvelopeResponseException.class);
		assertError(thrown, 404, "ORDER_NOT_FOUND", "not_found").hasMessage("Order 99 does not exist.")
			.hasNoViolations()
			.hasRequestId("caller-" + style())
			.hasRequestIdHeader("caller-" + style());
	}

	@Test
	void bodyValidationListsEveryFieldInRequestOrder() {
		Throwable thrown = postOrder(MediaType.APPLICATION_JSON, INVALID_ORDER);
		assertThat(thrown).isInstanceOf(RestClientResponseException.class);
		assertError(thrown, 400, "VALIDATION_ERROR", "validation").hasViolationCount(3)
			.hasViolation("customer_name", "must not be blank")
			.hasViolation("parameters.credentials.access_key", "must not be blank")
			.hasViolation("items[0].quantity", "must be greater than or equal to 1");
		assertThat(ErrorEnvelopes.from(thrown).orElseThrow().getViolations().get(2).field())
			.isEqualTo("items[0].quantity");
	}

	@Test
	void webClientGetsTheSameViewAsAWebClientResponseException() {
		Throwable thrown = catchThrowable(() -> caller.getBean("ordersWebClient", WebClient.class)
			.post()
			.uri("/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(INVALID_ORDER)
			.retrieve()
			.toBodilessEntity()
			.block());
		assertThat(thrown).isInstanceOf(WebClientResponseException.class)
			.isInstanceOf(ErrorEnvelopeWebClientException.class);
		assertError(thrown, 400, "VALIDATION_ERROR", "validation").hasViolationCount(3)
			.hasViolation("items[0].quantity", "must be greater than or equal to 1");
	}

	@Test
	void queryParameterValidation() {
		Throwable thrown = catchThrowable(
				() -> restClient().get().uri("/orders?limit=500").retrieve().body(String.class));
		assertError(thrown, 400, "VALIDATION_ERROR", "validation").hasViolationCount(1).hasViolation("limit");
	}

	@Test
	void theServersExceptionClassIsCaughtByTheCaller() {
		RestTemplate template = caller.getBean("ordersRestTemplate", RestTemplate.class);
		assertThatExceptionOfType(OrderAlreadyShippedException.class)
			.isThrownBy(() -> template.postForObject("/orders/2/cancel", null, String.class))
			.withMessage("Order 2 has already shipped and can no longer be cancelled.")
			.satisfies((ex) -> assertError(ex, 409, "ORDER_ALREADY_SHIPPED", "conflict").hasDetail("order_id", "2"));
		OrdersApi orders = caller.getBean(OrdersApi.class);
		assertThatExceptionOfType(OrderAlreadyShippedException.class).isThrownBy(() -> orders.cancel("2"))
			.withCauseInstanceOf(ErrorEnvelopeResponseException.class);
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class).isThrownBy(() -> orders.get("98"))
			.satisfies((ex) -> assertError(ex, 404, "ORDER_NOT_FOUND", "not_found"));
	}

	@Test
	void exceptionThrownInAServletFilterIsCaughtByTheCaller() {
		assertThatExceptionOfType(InvalidApiKeyException.class)
			.isThrownBy(() -> restClient().get().uri("/partner/feed").retrieve().body(String.class))
			.withMessage("A valid X-Api-Key header is required.")
			.satisfies((ex) -> assertError(ex, 401, "INVALID_API_KEY", "auth"));
	}

	@Test
	void rateLimitedPostIsNotRepeatedAndKeepsRetryAfter() {
		long start = System.nanoTime();
		Throwable thrown = catchThrowable(
				() -> restClient().post().uri("/orders/1/export").retrieve().toBodilessEntity());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertError(thrown, 429, "RATE_LIMITED", "rate_limit").hasRetryAfterSeconds(30).hasDetail("retry_after", 30);
	}

	@Test
	void retryAfterIsHonouredThenTheCallSucceeds() {
		long start = System.nanoTime();
		String body = restClient().get().uri("/orders/{id}/label", "L-" + style()).retrieve().body(String.class);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(body).contains("LABEL-L-" + style());
		assertThat(elapsed).as("waited for Retry-After: 1")
			.isGreaterThanOrEqualTo(Duration.ofMillis(950))
			.isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void internalFailureKeepsItsSecret() {
		Throwable thrown = catchThrowable(
				() -> restClient().get().uri("/orders/1/invoice").retrieve().body(String.class));
		assertError(thrown, 500, "INTERNAL_ERROR", "server").hasMessage("Internal server error.");
		assertThat(ErrorEnvelopes.from(thrown).orElseThrow().getRawBody()).doesNotContain("jdbc");
	}

	@Test
	void malformedJsonWrongMediaTypeWrongMethodUnknownPathAndRejectedPath() {
		assertError(postOrder(MediaType.APPLICATION_JSON, "{\"customer_name\":"), 400, "MALFORMED_REQUEST",
				"invalid_request");
		assertError(postOrder(MediaType.TEXT_PLAIN, "hello"), 415, "UNSUPPORTED_MEDIA_TYPE", "invalid_request");
		Throwable wrongMethod = catchThrowable(
				() -> restClient().delete().uri("/orders").retrieve().toBodilessEntity());
		assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED", "invalid_request");
		assertThat(((RestClientResponseException) wrongMethod).getResponseHeaders().getAllow())
			.contains(HttpMethod.GET);
		assertError(catchThrowable(() -> restClient().get().uri("/no/such/path").retrieve().toBodilessEntity()), 404,
				"NOT_FOUND", "not_found");
		// rejected by Tomcat before any filter runs: the container-level envelope
		URI encodedSlash = URI.create("http://127.0.0.1:" + this.port + "/orders%2F1");
		assertError(catchThrowable(() -> restClient().get().uri(encodedSlash).retrieve().toBodilessEntity()), 400,
				"MALFORMED_REQUEST", "invalid_request");
	}

	@Test
	void springSecurity401And403() {
		Throwable unauthorized = catchThrowable(() -> restClient().get().uri("/account").retrieve().body(String.class));
		assertError(unauthorized, 401, "UNAUTHORIZED", "auth");
		assertThat(((RestClientResponseException) unauthorized).getResponseHeaders().getFirst("WWW-Authenticate"))
			.startsWith("Basic");
		String ada = "Basic " + Base64.getEncoder().encodeToString("ada:lovelace".getBytes());
		assertError(catchThrowable(() -> restClient().post()
			.uri("/account/purge")
			.header("Authorization", ada)
			.retrieve()
			.toBodilessEntity()), 403, "FORBIDDEN", "permission");
	}

	@Test
	void theRequestIdOfTheRequestTheCallerServesReachesTheSampleApp() throws Exception {
		int callerPort = ((WebServerApplicationContext) caller).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + callerPort + "/relay/orders/97"))
				.header("x-request-id", "chain-" + style())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).isEqualTo("chain-" + style());
	}

}
