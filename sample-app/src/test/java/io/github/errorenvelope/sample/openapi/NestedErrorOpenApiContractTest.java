package io.github.errorenvelope.sample.openapi;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The OpenAPI contract in the {@code nested-error} style. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=nested-error", "error-envelope.limits.max-body-size=1KB" })
class NestedErrorOpenApiContractTest extends OpenApiContractTest {

	@Override
	String codePointer() {
		return "/error/code";
	}

}
