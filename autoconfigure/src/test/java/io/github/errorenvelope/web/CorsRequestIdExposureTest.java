package io.github.errorenvelope.web;

import java.net.http.HttpResponse;
import java.util.Map;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request-id header reaches browser scripts whichever way the application configures
 * CORS without Spring Security: {@code addCorsMappings}, {@code @CrossOrigin}, and a
 * {@code CorsFilter} over a {@code CorsConfigurationSource}. Each with a real preflight
 * and a real cross-origin request.
 */
@SpringBootTest(classes = { TestApplication.class, CorsRequestIdExposureTest.CorsSetup.class,
		CorsRequestIdExposureTest.CrossOriginController.class }, webEnvironment = WebEnvironment.RANDOM_PORT)
class CorsRequestIdExposureTest {

	static final String MAPPINGS_ORIGIN = "http://localhost:3000";

	static final String ANNOTATION_ORIGIN = "http://localhost:4200";

	static final String FILTER_ORIGIN = "http://localhost:5173";

	@LocalServerPort
	int port;

	private HttpResponse<String> preflight(String origin, String path) {
		return new Http(this.port).send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method",
				"GET");
	}

	private HttpResponse<String> crossOrigin(String origin, String path) {
		return new Http(this.port).get(path, "Origin", origin, "x-request-id", "cors-1");
	}

	private static void assertAdmittedPreflight(HttpResponse<String> response, String origin) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
	}

	private static String exposed(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("x-request-id")).hasValue("cors-1");
		return String.join(", ", response.headers().allValues("Access-Control-Expose-Headers"));
	}

	@Test
	void addCorsMappings() {
		assertAdmittedPreflight(preflight(MAPPINGS_ORIGIN, "/greeting"), MAPPINGS_ORIGIN);
		HttpResponse<String> response = crossOrigin(MAPPINGS_ORIGIN, "/greeting");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(exposed(response)).contains("X-Page").contains("x-request-id");
	}

	@Test
	void addCorsMappingsOnAnErrorEnvelope() {
		HttpResponse<String> response = crossOrigin(MAPPINGS_ORIGIN, "/products/7");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Json.parse(response.body()).path("request_id").asString()).isEqualTo("cors-1");
		assertThat(exposed(response)).contains("x-request-id");
	}

	@Test
	void crossOriginAnnotation() {
		assertAdmittedPreflight(preflight(ANNOTATION_ORIGIN, "/cross-origin"), ANNOTATION_ORIGIN);
		HttpResponse<String> response = crossOrigin(ANNOTATION_ORIGIN, "/cross-origin");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(exposed(response)).isEqualTo("x-request-id");
	}

	@Test
	void corsFilterOverACorsConfigurationSource() {
		assertAdmittedPreflight(preflight(FILTER_ORIGIN, "/filtered"), FILTER_ORIGIN);
		HttpResponse<String> response = crossOrigin(FILTER_ORIGIN, "/filtered");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(exposed(response)).contains("X-Trace").contains("x-request-id");
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).hasSize(1);
	}

	@Test
	void anOriginTheApplicationDoesNotAdmitGetsNothingExposed() {
		HttpResponse<String> response = crossOrigin("http://evil.example", "/greeting");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
	}

	/**
	 * The application's global CORS configuration: MVC mappings and a filter over a
	 * source.
	 */
	static class CorsSetup {

		@Bean
		WebMvcConfigurer corsMappings() {
			return new WebMvcConfigurer() {
				@Override
				public void addCorsMappings(CorsRegistry registry) {
					registry.addMapping("/greeting").allowedOrigins(MAPPINGS_ORIGIN).exposedHeaders("X-Page");
					registry.addMapping("/products/**").allowedOrigins(MAPPINGS_ORIGIN);
				}
			};
		}

		@Bean
		FilterRegistrationBean<CorsFilter> corsFilter() {
			CorsConfiguration cors = new CorsConfiguration();
			cors.addAllowedOrigin(FILTER_ORIGIN);
			cors.addAllowedMethod("GET");
			cors.addExposedHeader("X-Trace");
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/filtered", cors);
			// a CorsFilter ends every preflight it sees, so it only sees its own path
			FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
			registration.addUrlPatterns("/filtered");
			return registration;
		}

	}

	/** Endpoints with CORS declared per handler, and one behind the CORS filter. */
	@RestController
	static class CrossOriginController {

		@CrossOrigin(origins = ANNOTATION_ORIGIN)
		@GetMapping("/cross-origin")
		Map<String, String> crossOrigin() {
			return Map.of("text", "hello");
		}

		@GetMapping("/filtered")
		Map<String, String> filtered() {
			return Map.of("text", "filtered");
		}

	}

}
