package io.github.errorenvelope.jetty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Jetty too, a request body broken in transit is the client's 400
 * {@code MALFORMED_REQUEST}, although the application maps {@code IOException} to 503.
 */
@SpringBootTest(classes = JettyApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.exceptions[java.io.IOException].status=503")
class JettyBrokenRequestBodyTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "Content-Length: 100\r\n\r\n{\"name\":\"a\"",
			"Transfer-Encoding: chunked\r\n\r\n20\r\n{\"name\":\"a\"",
			"Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"name\":\"a\"}\r\n0\r\n\r\n" })
	void brokenBodyIsTheClientsError(String framing) throws IOException {
		String response = sendThenStopSending("POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
				+ "x-request-id: jetty-broken\r\n" + framing);
		assertThat(response).startsWith("HTTP/1.1 400").contains("MALFORMED_REQUEST").contains("jetty-broken");
	}

	private String sendThenStopSending(String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
