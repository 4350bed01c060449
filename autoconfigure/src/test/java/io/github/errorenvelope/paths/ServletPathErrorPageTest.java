package io.github.errorenvelope.paths;

import java.util.stream.Stream;

import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.support.StyleShape;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With the dispatcher servlet below a path of its own ({@code spring.mvc.servlet.path}),
 * Boot registers the error page below it too ({@code /api/error}): the container's error
 * dispatches, the errors of filters and the coded errors of the application still leave
 * in the envelope, with the request id, over real HTTP. Spring Security guards every path
 * but a few, the error page included, so an error dispatch the envelope filter did not
 * recognize as its own would be answered 401 by Spring Security instead.
 */
@SpringBootTest(classes = { TestApplication.class, ServletPathErrorPageTest.Security.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "spring.mvc.servlet.path=/api" })
class ServletPathErrorPageTest {

	@LocalServerPort
	int port;

	@Autowired
	CodeFormatter codes;

	static Stream<Scenario> scenarios() {
		return Stream.of(Scenario.get("coded domain exception", "/api/products/42", 404, "PRODUCT_NOT_FOUND"),
				Scenario.get("sendError in a filter (error dispatch)", "/api/greeting", 429, "TOO_MANY_REQUESTS")
					.header("X-Fail", "send-error"),
				Scenario.get("coded exception in a filter", "/api/greeting", 429, "QUOTA_EXCEEDED")
					.header("X-Fail", "coded")
					.expectHeader("Retry-After", "7"),
				Scenario.get("exception in a filter", "/api/greeting", 500, "INTERNAL_ERROR").header("X-Fail", "boom"),
				Scenario.get("status without body", "/api/greeting", 401, "UNAUTHORIZED")
					.header("X-Fail", "status-only")
					.expectHeader("WWW-Authenticate", "Bearer"),
				Scenario.get("security: no credentials", "/api/search?limit=1", 401, "UNAUTHORIZED")
					.expectHeader("WWW-Authenticate", "Basic"),
				Scenario.get("unknown path below the servlet path", "/api/no/such/path", 404, "NOT_FOUND")
					.basicAuth("user", "password"),
				Scenario.get("path outside the servlet path (the container's 404)", "/elsewhere", 404, "NOT_FOUND")
					.basicAuth("user", "password"),
				Scenario.get("direct request to the error page", "/api/error", 404, "NOT_FOUND")
					.basicAuth("user", "password"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void errorsLeaveInTheEnvelope(Scenario scenario) {
		scenario.assertLeavesInTheEnvelope(this.port, StyleShape.NESTED_ERROR, this.codes);
	}

	/** Everything but the greeting and the products needs a user; the error page too. */
	@Configuration(proxyBeanMethods = false)
	static class Security {

		@Bean
		SecurityFilterChain api(HttpSecurity http) throws Exception {
			http.csrf(csrf -> csrf.disable())
				.authorizeHttpRequests(requests -> requests
					.requestMatchers("/greeting", "/api/greeting", "/products/**", "/api/products/**")
					.permitAll()
					.anyRequest()
					.authenticated())
				.httpBasic(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("user").password("{noop}password").roles("USER").build());
		}

	}

}
