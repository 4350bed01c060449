package io.github.errorenvelope.sample.reactive;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example bodies hold for the reactive sample too: every example is what the
 * WebFlux orders API answers to the README's request, in the style the example names —
 * byte for byte the same envelopes as the servlet sample.
 */
class ReactiveReadmeExamplesTest {

	private static final Pattern EXAMPLE = Pattern
		.compile("<!-- example style=([a-z-]+) request=([a-z-]+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);

	private static final Map<String, String[]> REQUESTS = Map
		.of("not-found", new String[] { "GET", "/orders/99", null, "demo-1" }, "validation", new String[] { "POST",
				"/orders",
				"{\"customer_name\":\"\",\"parameters\":{\"credentials\":{}},\"items\":[{\"sku\":\"A-1\",\"quantity\":0}]}",
				"demo-2" }, "success", new String[] { "GET", "/orders/1", null, "demo-3" });

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
	void readmeBodyIsWhatTheReactiveSampleAnswers(String style, String request, String expectedBody) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReactiveSampleApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--error-envelope.style=" + style,
				"--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String[] spec = REQUESTS.get(request);
			String[] headers = (spec[2] != null)
					? new String[] { "x-request-id", spec[3], "Content-Type", "application/json" }
					: new String[] { "x-request-id", spec[3] };
			HttpResponse<String> response = new Http(port).send(spec[0], spec[1], spec[2], headers);
			assertThat(response.headers().firstValue("x-request-id")).hasValue(spec[3]);
			assertThat(Json.normalize(response.body())).isEqualTo(Json.normalize(expectedBody));
		}
	}

}
