package io.github.errorenvelope.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests {@link BodySizeLimit#guard} wraps: only those that can carry a body of
 * undeclared size, so a bodiless HTTP/1.1 {@code GET} passes through unwrapped.
 */
class BodySizeLimitGuardTest {

	private final BodySizeLimit limit = new BodySizeLimit(1024);

	@Test
	void aBodilessHttp11RequestIsNotWrapped() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/1");
		assertThat(this.limit.guard(request)).isSameAs(request);
	}

	@Test
	void aChunkedHttp11RequestIsWrapped() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		request.addHeader("Transfer-Encoding", "chunked");
		assertThat(this.limit.guard(request)).isNotSameAs(request);
	}

	@Test
	void anHttp2RequestWithoutContentLengthIsWrapped() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		request.setProtocol("HTTP/2.0");
		assertThat(this.limit.guard(request)).isNotSameAs(request);
	}

	@Test
	void aDeclaredLengthIsCheckedUpFrontInstead() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
		request.setContent(new byte[10]);
		assertThat(this.limit.guard(request)).isSameAs(request);
		assertThat(this.limit.checkDeclared(request)).isNull();
		request.setContent(new byte[2048]);
		assertThat(this.limit.checkDeclared(request)).isNotNull();
	}

}
