package io.github.errorenvelope.tracing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.errorenvelope.ErrorCode;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An application traced as users trace theirs: Spring Boot's OpenTelemetry starter, no
 * tracing code of its own. Its endpoints fail in the advice (a coded exception) and in a
 * filter (the error dispatch), and one reports what the handler sees: the tracer's trace
 * id and the MDC.
 */
@SpringBootApplication
public class TracedApplication {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> failingFilter() {
		return new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getHeader("X-Fail") != null) {
					throw new IllegalStateException("filter failed");
				}
				chain.doFilter(request, response);
			}
		});
	}

	@RestController
	static class OrderController {

		private final Tracer tracer;

		OrderController(Tracer tracer) {
			this.tracer = tracer;
		}

		@GetMapping("/orders/{id}")
		Map<String, String> order(@PathVariable String id) {
			throw new OrderNotFoundException(id);
		}

		@GetMapping("/seen")
		Map<String, String> seen() {
			Map<String, String> seen = new LinkedHashMap<>();
			seen.put("trace_id", this.tracer.currentSpan().context().traceId());
			seen.put("mdc_request_id", MDC.get("requestId"));
			seen.put("mdc_trace_id", MDC.get("traceId"));
			return seen;
		}

	}

	@ErrorCode(value = "ORDER_NOT_FOUND", status = HttpStatus.NOT_FOUND)
	static class OrderNotFoundException extends RuntimeException {

		OrderNotFoundException(String id) {
			super("Order " + id + " does not exist.");
		}

	}

}
