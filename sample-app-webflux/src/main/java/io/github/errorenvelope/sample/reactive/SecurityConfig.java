package io.github.errorenvelope.sample.reactive;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Plain Spring Security for a reactive API: HTTP Basic, one authenticated area, one
 * admin-only endpoint (reactive method security), CORS for a browser front end. Nothing
 * here mentions Error Envelope: 401 and 403 reach the envelope anyway, and the front end
 * can read the request id.
 */
@Configuration(proxyBeanMethods = false)
@EnableReactiveMethodSecurity
public class SecurityConfig {

	/** The browser front end's origin, the one cross-origin caller admitted. */
	public static final String FRONT_END = "http://localhost:3000";

	@Bean
	SecurityWebFilterChain api(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.cors(Customizer.withDefaults())
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/account/**").authenticated().anyExchange().permitAll())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of(FRONT_END));
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("*"));
		// the front end backs off when told to
		cors.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	@Bean
	MapReactiveUserDetailsService users() {
		return new MapReactiveUserDetailsService(
				User.withUsername("ada").password("{noop}lovelace").roles("USER").build(),
				User.withUsername("grace").password("{noop}hopper").roles("USER", "ADMIN").build());
	}

}
