package io.github.errorenvelope.sample.reactive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Plain Spring Security for a reactive API: HTTP Basic, one authenticated area, one
 * admin-only endpoint (reactive method security). Nothing here mentions Error Envelope:
 * 401 and 403 reach the envelope anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableReactiveMethodSecurity
public class SecurityConfig {

	@Bean
	SecurityWebFilterChain api(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/account/**").authenticated().anyExchange().permitAll())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	@Bean
	MapReactiveUserDetailsService users() {
		return new MapReactiveUserDetailsService(
				User.withUsername("ada").password("{noop}lovelace").roles("USER").build(),
				User.withUsername("grace").password("{noop}hopper").roles("USER", "ADMIN").build());
	}

}
