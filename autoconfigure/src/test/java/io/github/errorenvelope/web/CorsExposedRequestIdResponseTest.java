package io.github.errorenvelope.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the request-id header joins the exposed headers, whichever way CORS code writes
 * them.
 */
class CorsExposedRequestIdResponseTest {

	private final MockHttpServletResponse target = new MockHttpServletResponse();

	private final CorsExposedRequestIdResponse response = new CorsExposedRequestIdResponse(this.target, "x-request-id");

	@Test
	void admissionExposesTheId() {
		this.response.setHeader("Access-Control-Allow-Origin", "http://localhost:3000");
		assertThat(this.target.getHeaders("Access-Control-Expose-Headers")).containsExactly("x-request-id");
	}

	@Test
	void exposedHeadersAddedAfterAdmissionAreMergedIntoOneLine() {
		this.response.addHeader("Access-Control-Allow-Origin", "http://localhost:3000");
		this.response.addHeader("Access-Control-Expose-Headers", "X-Total-Count");
		assertThat(this.target.getHeaders("Access-Control-Expose-Headers"))
			.containsExactly("X-Total-Count, x-request-id");
	}

	@Test
	void exposedHeadersSetAfterAdmissionKeepTheId() {
		this.response.setHeader("Access-Control-Allow-Origin", "http://localhost:3000");
		this.response.setHeader("Access-Control-Expose-Headers", "X-Page");
		assertThat(this.target.getHeaders("Access-Control-Expose-Headers")).containsExactly("X-Page, x-request-id");
	}

	@Test
	void exposedHeadersWrittenBeforeAdmissionGetTheIdOnAdmission() {
		this.response.addHeader("Access-Control-Expose-Headers", "X-Page");
		this.response.addHeader("Access-Control-Allow-Origin", "http://localhost:3000");
		assertThat(String.join(", ", this.target.getHeaders("Access-Control-Expose-Headers"))).contains("X-Page")
			.contains("x-request-id");
	}

	@Test
	void anIdAlreadyListedIsNotRepeated() {
		this.response.setHeader("Access-Control-Allow-Origin", "*");
		this.response.setHeader("Access-Control-Expose-Headers", "X-Request-Id, X-Page");
		assertThat(this.target.getHeaders("Access-Control-Expose-Headers")).containsExactly("X-Request-Id, X-Page");
	}

	@Test
	void withoutAdmissionNothingIsExposed() {
		this.response.setHeader("Vary", "Origin");
		this.response.setStatus(403);
		assertThat(this.target.getHeaders("Access-Control-Expose-Headers")).isEmpty();
	}

}
