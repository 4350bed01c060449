package io.github.errorenvelope.operability;

import java.io.IOException;
import java.net.http.HttpResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import io.github.errorenvelope.web.TraceIdSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code use-trace-id}: the current trace id becomes the request id and sits in the MDC
 * beside it. A stand-in for the server observation starts a "trace" in front of the
 * starter's filters, where Spring Boot's observation filter runs.
 */
@SpringBootTest(classes = { TestApplication.class, TraceIdAsRequestIdTest.FakeTracing.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "error-envelope.request-id.use-trace-id=true")
class TraceIdAsRequestIdTest {

	private static final ThreadLocal<String> CURRENT_TRACE = new ThreadLocal<>();

	@LocalServerPort
	int port;

	@TestConfiguration
	static class FakeTracing {

		@Bean
		TraceIdSource traceIdSource() {
			return CURRENT_TRACE::get;
		}

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> fakeObservationFilter() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							CURRENT_TRACE.set(request.getHeader("X-Test-Trace"));
							try {
								chain.doFilter(request, response);
							}
							finally {
								CURRENT_TRACE.remove();
							}
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			return registration;
		}

	}

	@Test
	void traceIdIsTheRequestIdOnErrorsAndSuccesses() {
		HttpResponse<String> error = new Http(this.port).get("/products/1", "X-Test-Trace",
				"4bf92f3577b34da6a3ce929d0e0e4736", "x-request-id", "client-id");
		assertThat(error.headers().firstValue("x-request-id")).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(Json.parse(error.body()).get("request_id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		JsonNode mdc = Json
			.parse(new Http(this.port).get("/mdc", "X-Test-Trace", "0af7651916cd43dd8448eb211c80319c").body());
		assertThat(mdc.get("mdc").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
		assertThat(mdc.get("traceId").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
	}

	@Test
	void withoutATraceTheUsualRulesApply() {
		HttpResponse<String> response = new Http(this.port).get("/products/1", "x-request-id", "client-id");
		assertThat(response.headers().firstValue("x-request-id")).hasValue("client-id");
	}

}
