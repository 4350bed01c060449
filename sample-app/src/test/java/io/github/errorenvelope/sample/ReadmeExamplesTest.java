package io.github.errorenvelope.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README true: every example body in it is what the sample app answers to the
 * README's curl command, in the style the example names.
 */
class ReadmeExamplesTest {

	private static final Pattern EXAMPLE = Pattern
		.compile("<!-- example style=([a-z-]+) request=([a-z-]+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);

	private static final Map<String, String[]> REQUESTS = Map
		.of("not-found", new String[] { "GET", "/orders/99", null, "demo-1" }, "validation", new String[] { "POST",
				"/orders",
				"{\"customer_name\":\"\",\"parameters\":{\"credentials\":{}},\"items\":[{\"sku\":\"A-1\",\"quantity\":0}]}",
				"demo-2" }, "success", new String[] { "GET", "/orders/1", null, "demo-3" });

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> examples() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		List<Arguments> examples = new ArrayList<>();
		Matcher matcher = EXAMPLE.matcher(readme);
		while (matcher.find()) {
			examples.add(Arguments.of(matcher.group(1), matcher.group(2), matcher.group(3)));
		}
		assertThat(examples).as("README examples").hasSizeGreaterThanOrEqualTo(13);
		return examples.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("examples")
	void readmeBodyIsWhatTheSampleAppAnswers(String style, String request, String expectedBody) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SampleApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--error-envelope.style=" + style,
				"--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String[] spec = REQUESTS.get(request);
			HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + spec[1]))
				.header("x-request-id", spec[3])
				.method(spec[0], (spec[2] != null) ? HttpRequest.BodyPublishers.ofString(spec[2])
						: HttpRequest.BodyPublishers.noBody());
			if (spec[2] != null) {
				http.header("Content-Type", "application/json");
			}
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(http.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("x-request-id")).hasValue(spec[3]);
			assertThat(normalize(response.body())).isEqualTo(normalize(expectedBody));
		}
	}

	private static String normalize(String json) {
		return JSON.writeValueAsString(JSON.readTree(json));
	}

}
