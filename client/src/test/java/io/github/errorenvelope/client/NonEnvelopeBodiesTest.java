package io.github.errorenvelope.client;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies that are no envelope still decode: status, raw body and request id header, never
 * a failure.
 */
class NonEnvelopeBodiesTest {

	private final ErrorEnvelopeDecoder decoder = ErrorEnvelopeDecoder.create();

	private ErrorEnvelope decode(int status, String contentType, String body) {
		HttpHeaders headers = new HttpHeaders();
		if (contentType != null) {
			headers.setContentType(MediaType.parseMediaType(contentType));
		}
		headers.set("x-request-id", "edge-1");
		return this.decoder.decode(status, headers, body);
	}

	@Test
	void htmlFromAProxy() {
		String html = "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
		ErrorEnvelope envelope = decode(502, "text/html", html);
		assertThat(envelope.isEnvelope()).isFalse();
		assertThat(envelope.getStatus()).isEqualTo(502);
		assertThat(envelope.getRawBody()).isEqualTo(html);
		assertThat(envelope.getCode()).isNull();
		assertThat(envelope.getRequestId()).isEqualTo("edge-1");
		assertThat(ErrorEnvelopes.describe(envelope)).startsWith("502 (not an error envelope): <html>");
	}

	@Test
	void emptyBody() {
		ErrorEnvelope envelope = this.decoder.decode(503, new HttpHeaders(), (byte[]) null);
		assertThat(envelope.isEnvelope()).isFalse();
		assertThat(envelope.getRawBody()).isEmpty();
		assertThat(envelope.getViolations()).isEmpty();
	}

	@Test
	void brokenJson() {
		ErrorEnvelope envelope = decode(500, "application/json", "{\"error\": {\"code\": ");
		assertThat(envelope.isEnvelope()).isFalse();
		assertThat(envelope.getRawBody()).isEqualTo("{\"error\": {\"code\": ");
	}

	@Test
	void jsonThatIsNoEnvelope() {
		assertThat(decode(500, "application/json", "[1, 2]").isEnvelope()).isFalse();
		assertThat(decode(404, "application/json",
				"{\"timestamp\":\"2026-01-01T00:00:00Z\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/x\"}")
			.isEnvelope()).isFalse();
	}

	@Test
	void springsOwnProblemDetailIsRead() {
		ErrorEnvelope envelope = decode(404, "application/problem+json",
				"{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No static resource x.\",\"instance\":\"/x\"}");
		assertThat(envelope.getStyle()).isEqualTo("problem-detail");
		assertThat(envelope.getMessage()).isEqualTo("No static resource x.");
		assertThat(envelope.getType()).isNull();
	}

	@Test
	void charsetOfTheResponseIsHonoured() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("application/json;charset=ISO-8859-1"));
		byte[] body = "{\"message\":\"Stra\u00dfe fehlt\",\"type\":\"validation\",\"code\":\"x\"}"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(this.decoder.decode(400, headers, body).getMessage()).isEqualTo("Stra\u00dfe fehlt");
	}

}
