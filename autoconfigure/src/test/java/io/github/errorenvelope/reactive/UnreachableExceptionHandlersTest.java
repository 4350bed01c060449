package io.github.errorenvelope.reactive;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.handler.WebFluxResponseStatusExceptionHandler;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.handler.ResponseStatusExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which of the server's exception handlers {@link UnreachableExceptionHandlers} leaves
 * out: Spring's own status handlers behind the envelope's, nothing else.
 */
class UnreachableExceptionHandlersTest {

	private final EnvelopeWebExceptionHandler envelope = mock(EnvelopeWebExceptionHandler.class);

	private final WebExceptionHandler own = (exchange, ex) -> Mono.error(ex);

	@Test
	void springsStatusHandlersBehindTheEnvelopeAreLeftOut() {
		List<WebExceptionHandler> handlers = remove(this.envelope, new WebFluxResponseStatusExceptionHandler(),
				this.own, new ResponseStatusExceptionHandler());
		assertThat(handlers).containsExactly(this.envelope, this.own);
	}

	@Test
	void springsStatusHandlerAheadOfTheEnvelopeStays() {
		WebExceptionHandler spring = new WebFluxResponseStatusExceptionHandler();
		assertThat(remove(spring, this.envelope)).containsExactly(spring, this.envelope);
	}

	@Test
	void aSubclassOfSpringsStatusHandlerStays() {
		WebExceptionHandler subclass = new WebFluxResponseStatusExceptionHandler() {
		};
		assertThat(remove(this.envelope, subclass)).containsExactly(this.envelope, subclass);
	}

	@Test
	void withoutTheEnvelopeEveryHandlerStays() {
		WebExceptionHandler spring = new WebFluxResponseStatusExceptionHandler();
		assertThat(remove(this.own, spring)).containsExactly(this.own, spring);
	}

	private static List<WebExceptionHandler> remove(WebExceptionHandler... handlers) {
		List<WebExceptionHandler> list = new ArrayList<>(List.of(handlers));
		UnreachableExceptionHandlers.remove(list);
		return list;
	}

}
