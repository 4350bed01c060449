package io.github.errorenvelope.sample.openapi;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The OpenAPI contract in the {@code flat} style. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=flat", "error-envelope.limits.max-body-size=1KB" })
class FlatOpenApiContractTest extends OpenApiContractTest {

	@Override
	String codePointer() {
		return "/code";
	}

}
