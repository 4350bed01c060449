package io.github.errorenvelope.sample.openapi;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The OpenAPI contract in the {@code claid} style. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "error-envelope.style=claid", "error-envelope.limits.max-body-size=1KB" })
class ClaidOpenApiContractTest extends OpenApiContractTest {

	@Override
	String codePointer() {
		return "/error_code";
	}

}
