package io.github.errorenvelope.sample.reactive;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Errors of a controller are answered inside the {@code DispatcherHandler}: the envelope
 * is complete and no error travels back out through the web filters, while the
 * application's own {@code @ExceptionHandler} still wins and Spring Security's exceptions
 * still reach its filter chain.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DispatchErrorsTest {

	@LocalServerPort
	int port;

	@Autowired
	ErrorsOutOfTheDispatcher escaped;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void forget() {
		this.escaped.errors.clear();
	}

	@Test
	void codedErrorOfAControllerIsAnsweredBeforeItLeavesTheDispatcher() {
		HttpResponse<String> response = new Http(this.port).get("/orders/99", "x-request-id", "dispatch-1");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("x-request-id")).hasValue("dispatch-1");
		JsonNode body = Json.parse(response.body());
		assertThat(body.get("request_id").asString()).isEqualTo("dispatch-1");
		assertThat(body.get("error").get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
		assertThat(this.escaped.errors).isEmpty();
	}

	@Test
	void serverRequestMetricNamesTheExceptionAsOnTheOtherPath() {
		new Http(this.port).get("/orders/98");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.meters.find("http.server.requests")
				.tag("uri", "/orders/{id}")
				.tag("exception", "OrderNotFoundException")
				.timer()).isNotNull());
	}

	@Test
	void validationErrorIsAnsweredBeforeItLeavesTheDispatcher() {
		HttpResponse<String> response = new Http(this.port).postJson("/orders", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("x-request-id")).isPresent();
		assertThat(this.escaped.errors).isEmpty();
	}

	@Test
	void applicationsOwnExceptionHandlerStillWins() {
		HttpResponse<String> response = new Http(this.port).get("/teapot");
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(Json.parse(response.body()).get("own").asString()).isEqualTo("handler");
	}

	@Test
	void errorSignalledWhileTheResultIsWrittenReachesTheApplicationsOwnHandlerAsItself() {
		HttpResponse<String> response = new Http(this.port).get("/teapot-later");
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(Json.parse(response.body()).get("own").asString()).isEqualTo("handler");
		assertThat(this.escaped.errors).isEmpty();
	}

	@Test
	void signalledFailureIsLoggedWithTheStackTraceItWasCreatedWith(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).get("/ledger", "x-request-id", "ledger-1");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("ledger-1").doesNotContain("ledger offline");
		assertThat(this.escaped.errors).isEmpty();
		// neither the carrier nor the stack trace a checkpoint would have rewritten shows
		assertThat(output).contains("java.lang.IllegalStateException: ledger offline at 10.0.0.7")
			.contains("at io.github.errorenvelope.sample.reactive.TestEndpoints.lambda$ledger")
			.doesNotContain("SignalledErrors")
			.doesNotContain("OnAssemblyException");
	}

	@Test
	void accessDeniedOfMethodSecurityIsLeftToSpringSecurity() {
		HttpResponse<String> response = new Http(this.port).send("POST", "/account/purge", "", "Authorization",
				"Basic YWRhOmxvdmVsYWNl");
		assertThat(response.statusCode()).isEqualTo(403);
		// method security's AuthorizationDeniedException, an AccessDeniedException
		assertThat(this.escaped.errors)
			.containsExactly("org.springframework.security.authorization.AuthorizationDeniedException");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Probe {

		@Bean
		ErrorsOutOfTheDispatcher errorsOutOfTheDispatcher() {
			return new ErrorsOutOfTheDispatcher();
		}

	}

	/**
	 * The innermost web filter: it sees every error that leaves the dispatcher.
	 */
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class ErrorsOutOfTheDispatcher implements WebFilter {

		final List<String> errors = new CopyOnWriteArrayList<>();

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			return chain.filter(exchange).doOnError((error) -> this.errors.add(error.getClass().getName()));
		}

	}

}
