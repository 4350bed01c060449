package io.github.errorenvelope.testapp;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's {@code @WebMvcTest} slice, with no extra setup, sees the same envelope as
 * production.
 */
@WebMvcTest(controllers = TestController.class)
class UserWebMvcSliceTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void codedErrorHasTheEnvelope() {
		assertThat(this.mvc.get().uri("/products/42").header("x-request-id", "slice-1")).hasStatus(404)
			.hasHeader("x-request-id", "slice-1")
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error": {"code": "PRODUCT_NOT_FOUND", "message": "Product 42 does not exist.",
					           "details": {"product_id": "42"}},
					 "request_id": "slice-1"}
					""");
	}

	@Test
	void validationErrorHasTheEnvelope() {
		assertThat(this.mvc.post()
			.uri("/jobs")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parameters\":{\"credentials\":{}}}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error.details.field")
			.isEqualTo("parameters.credentials.access_key");
	}

}
