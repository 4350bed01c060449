package io.github.errorenvelope.web;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 401 the starter renders carries a {@code WWW-Authenticate} challenge (RFC 9110
 * §15.5.2).
 */
class AuthenticationChallengeTest {

	static String challengeOf(int port, String path, String... headers) {
		HttpResponse<String> response = new Http(port).get(path, headers);
		assertThat(response.statusCode()).as(path).isEqualTo(401);
		return response.headers().firstValue("WWW-Authenticate").orElse(null);
	}

	@Nested
	@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
	class Defaults {

		@LocalServerPort
		int port;

		@Test
		void exceptionNamesItsOwnChallenge() {
			assertThat(challengeOf(this.port, "/auth/api-key")).isEqualTo("ApiKey header=\"X-Api-Key\"");
		}

		@Test
		void codedAndResponseStatus401sGetTheDefaultChallenge() {
			assertThat(challengeOf(this.port, "/auth/coded")).isEqualTo("Bearer");
			assertThat(challengeOf(this.port, "/auth/response-status")).isEqualTo("Bearer");
		}

		@Test
		void challengeTheApplicationSetIsKept() {
			assertThat(challengeOf(this.port, "/auth/own-header")).isEqualTo("Basic realm=\"legacy\"");
			assertThat(challengeOf(this.port, "/greeting", "X-Fail", "status-only")).isEqualTo("Bearer");
		}

	}

	@Nested
	@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "error-envelope.www-authenticate=Basic realm=\"orders\"")
	class Configured {

		@LocalServerPort
		int port;

		@Test
		void configuredDefaultIsUsedWhereNoneIsNamed() {
			assertThat(challengeOf(this.port, "/auth/coded")).isEqualTo("Basic realm=\"orders\"");
			assertThat(challengeOf(this.port, "/auth/api-key")).isEqualTo("ApiKey header=\"X-Api-Key\"");
		}

	}

}
