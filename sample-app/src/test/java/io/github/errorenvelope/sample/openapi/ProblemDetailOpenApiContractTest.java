package io.github.errorenvelope.sample.openapi;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The OpenAPI contract in the {@code problem-detail} style. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=problem-detail",
				"error-envelope.problem-detail.type-base-uri=https://errors.example.com/",
				"error-envelope.limits.max-body-size=1KB" })
class ProblemDetailOpenApiContractTest extends OpenApiContractTest {

	@Override
	String codePointer() {
		return "/code";
	}

}
