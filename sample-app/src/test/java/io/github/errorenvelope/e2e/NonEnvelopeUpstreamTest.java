package io.github.errorenvelope.e2e;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import io.github.errorenvelope.client.ErrorEnvelopeResponseException;
import io.github.errorenvelope.e2e.caller.CallerApplication;
import io.github.errorenvelope.e2e.caller.OrdersApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static io.github.errorenvelope.test.ErrorEnvelopeAssertions.assertThatThrownEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The caller behind a broken upstream: a proxy's HTML 502 and an empty 502 still give the
 * typed exception with the status and the raw body, never a parse failure.
 */
class NonEnvelopeUpstreamTest {

	private static final String NGINX_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
			+ "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

	private HttpServer upstream;

	private ConfigurableApplicationContext caller;

	@BeforeEach
	void start() throws Exception {
		this.upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.upstream.createContext("/orders/html", (exchange) -> {
			byte[] body = NGINX_PAGE.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(502, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.upstream.createContext("/orders/empty", (exchange) -> {
			exchange.sendResponseHeaders(502, -1);
			exchange.close();
		});
		this.upstream.start();
		String url = "http://127.0.0.1:" + this.upstream.getAddress().getPort();
		this.caller = new SpringApplicationBuilder(CallerApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--orders.url=" + url,
				"--spring.http.serviceclient.orders.base-url=" + url);
	}

	@AfterEach
	void stop() {
		this.caller.close();
		this.upstream.stop(0);
	}

	@Test
	void htmlFromAProxy() {
		RestClient client = this.caller.getBean("ordersRestClient", RestClient.class);
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class)
			.isThrownBy(() -> client.get().uri("/orders/html").retrieve().body(String.class))
			.satisfies((ex) -> {
				assertThatThrownEnvelope(ex).isNotErrorEnvelope().hasStatus(502);
				assertThat(ex.getEnvelope().getRawBody()).isEqualTo(NGINX_PAGE);
				assertThat(ex.getResponseBodyAsString()).isEqualTo(NGINX_PAGE);
				assertThat(ex.getMessage()).startsWith("502 (not an error envelope): <html>");
			});
	}

	@Test
	void emptyBodyThroughAnHttpExchangeProxy() {
		OrdersApi orders = this.caller.getBean(OrdersApi.class);
		assertThatExceptionOfType(ErrorEnvelopeResponseException.class).isThrownBy(() -> orders.get("empty"))
			.satisfies((ex) -> assertThatThrownEnvelope(ex).isNotErrorEnvelope().hasStatus(502));
	}

}
