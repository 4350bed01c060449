package io.github.errorenvelope.reactive;

import org.junit.jupiter.api.Test;
import reactor.util.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reactor context entries the request-id filter writes per exchange: always the
 * request id; the dropped-error hook only where a request body can still be read when the
 * client resets (a bodiless request's context stays one entry smaller).
 */
class RequestContextEntriesTest {

	@Test
	void aRequestDeclaringABodyGetsTheHook() {
		MockServerHttpRequest request = MockServerHttpRequest.post("/orders")
			.header(HttpHeaders.CONTENT_LENGTH, "12")
			.build();
		Context context = DroppedConnectionErrors.context(request, "request-id", "id-1");
		assertThat(context.<String>get("request-id")).isEqualTo("id-1");
		assertThat(context.<Object>get(DroppedConnectionErrors.CONTEXT_KEY)).isSameAs(DroppedConnectionErrors.INSTANCE);
	}

	@Test
	void aRequestDeclaringAnEmptyBodyGetsOnlyTheId() {
		MockServerHttpRequest request = MockServerHttpRequest.get("/orders/1")
			.header(HttpHeaders.CONTENT_LENGTH, "0")
			.build();
		Context context = DroppedConnectionErrors.context(request, "request-id", "id-2");
		assertThat(context.<String>get("request-id")).isEqualTo("id-2");
		assertThat(context.hasKey(DroppedConnectionErrors.CONTEXT_KEY)).isFalse();
		assertThat(context.size()).isOne();
	}

	@Test
	void aRequestWhoseFramingIsNotKnownGetsTheHook() {
		// no Content-Length and not known to be HTTP/1.x (no Reactor Netty request
		// behind a mock): a body may follow
		MockServerHttpRequest request = MockServerHttpRequest.get("/orders/1").build();
		Context context = DroppedConnectionErrors.context(request, "request-id", "id-3");
		assertThat(context.hasKey(DroppedConnectionErrors.CONTEXT_KEY)).isTrue();
	}

}
