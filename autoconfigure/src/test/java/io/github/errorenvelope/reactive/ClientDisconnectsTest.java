package io.github.errorenvelope.reactive;

import java.io.EOFException;
import java.io.IOException;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.channel.AbortedException;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure is the client going away only when the connection says so: on Reactor Netty
 * an I/O failure or Reactor Netty's abort on a closed connection; never the application's
 * own {@code EOFException} or "connection reset by peer" while the client is connected
 * (Spring's {@code DisconnectedClientHelper} takes both for a disconnect).
 */
class ClientDisconnectsTest {

	private final EmbeddedChannel channel = new EmbeddedChannel();

	private final NettyResponse response = new NettyResponse(Connection.from(this.channel));

	@Test
	void applicationIoFailuresWhileTheClientIsConnectedAreNotADisconnect() {
		assertThat(ClientDisconnects.isClientGone(new EOFException("snapshot file ends early"), this.response))
			.isFalse();
		assertThat(ClientDisconnects.isClientGone(new IOException("Connection reset by peer"), this.response))
			.isFalse();
		// an outbound call aborted while the client still waits for its answer
		assertThat(ClientDisconnects.isClientGone(new IllegalStateException("backend call failed",
				new AbortedException("Connection has been closed BEFORE send operation")), this.response))
			.isFalse();
	}

	@Test
	void ioFailuresOnAClosedConnectionAreADisconnect() {
		this.channel.close();
		assertThat(ClientDisconnects
			.isClientGone(new IOException("writevAddresses(..) failed: Connection reset by peer"), this.response))
			.isTrue();
		assertThat(ClientDisconnects
			.isClientGone(new AbortedException("Connection has been closed BEFORE send operation"), this.response))
			.isTrue();
	}

	@Test
	void aBugIsNotADisconnectEvenAfterTheClientLeft() {
		this.channel.close();
		assertThat(ClientDisconnects.isClientGone(new IllegalStateException("bug"), this.response)).isFalse();
	}

	@Test
	void onOtherServersOnlyTheirAbortTypesAreADisconnect() {
		MockServerHttpResponse other = new MockServerHttpResponse();
		assertThat(ClientDisconnects.isClientGone(new EOFException("snapshot file ends early"), other)).isFalse();
		assertThat(ClientDisconnects.isClientGone(new IOException("Broken pipe"), other)).isFalse();
		assertThat(ClientDisconnects.isClientGone(new AbortedException("closed"), other)).isTrue();
	}

	/**
	 * A response whose native response is a Reactor Netty connection, as on the server.
	 */
	private static final class NettyResponse extends AbstractServerHttpResponse {

		private final Connection connection;

		NettyResponse(Connection connection) {
			super(DefaultDataBufferFactory.sharedInstance);
			this.connection = connection;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getNativeResponse() {
			return (T) this.connection;
		}

		@Override
		protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> body) {
			return Mono.empty();
		}

		@Override
		protected Mono<Void> writeAndFlushWithInternal(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return Mono.empty();
		}

		@Override
		protected void applyStatusCode() {
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

}
