package io.github.errorenvelope.benchmarks.jmh;

import io.github.errorenvelope.benchmarks.reactive.ReactiveBenchmarkApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

/**
 * The reactive benchmark app's whole {@link HttpHandler} (web filters, exception
 * handlers, dispatcher, codecs), started with or without the starter
 * ({@code error-envelope.enabled}) and called in process with mock requests: the WebFlux
 * success path without the network and the load generator.
 */
final class ReactivePipeline implements AutoCloseable {

	/** Requests answered between two looks at the clock. */
	private static final int BATCH = 50;

	private static volatile MockServerHttpResponse sink;

	private final ConfigurableApplicationContext context;

	private final HttpHandler handler;

	private final boolean envelope;

	private ReactivePipeline(boolean envelope) {
		this.envelope = envelope;
		this.context = new SpringApplicationBuilder(ReactiveBenchmarkApplication.class).web(WebApplicationType.REACTIVE)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.root=warn", "error-envelope.enabled=" + envelope)
			.run();
		this.handler = this.context.getBean(HttpHandler.class);
	}

	/**
	 * Start the app (its server too, which is never called) and check its answer.
	 * @param envelope with the starter, or without it
	 * @return the started pipeline
	 */
	static ReactivePipeline start(boolean envelope) {
		ReactivePipeline pipeline = new ReactivePipeline(envelope);
		try {
			pipeline.check();
		}
		catch (RuntimeException ex) {
			pipeline.close();
			throw ex;
		}
		return pipeline;
	}

	/**
	 * Answer one {@code GET /orders/1}.
	 * @return the response
	 */
	MockServerHttpResponse success() {
		// a mock request's protocol is unknown, so a GET without body framing (as
		// clients send it over HTTP/1.1) would read as one that may have a body
		MockServerHttpRequest request = MockServerHttpRequest.get("/orders/1")
			.header(HttpHeaders.CONTENT_LENGTH, "0")
			.build();
		MockServerHttpResponse response = new MockServerHttpResponse();
		this.handler.handle(request, response).block();
		return response;
	}

	/**
	 * Answer {@code GET /orders/1} over and over for a while.
	 * @param nanos how long
	 * @return how many requests were answered
	 */
	long serveFor(long nanos) {
		long end = System.nanoTime() + nanos;
		long count = 0;
		while (System.nanoTime() < end) {
			for (int i = 0; i < BATCH; i++) {
				sink = success();
			}
			count += BATCH;
		}
		return count;
	}

	private void check() {
		MockServerHttpResponse response = success();
		String body = response.getBodyAsString().block();
		HttpStatusCode status = response.getStatusCode();
		// a response left at the default status has none set
		boolean ok = status == null || status.value() == 200;
		boolean hasId = response.getHeaders().containsHeader("x-request-id");
		if (!ok || body == null || !body.contains("\"id\"") || hasId != this.envelope) {
			throw new IllegalStateException("unexpected answer: " + status + " " + response.getHeaders() + " " + body);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
