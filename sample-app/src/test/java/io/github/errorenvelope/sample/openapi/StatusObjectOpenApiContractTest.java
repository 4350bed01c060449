package io.github.errorenvelope.sample.openapi;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The OpenAPI contract in the {@code status-object} style, with a renamed code. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "error-envelope.style=status-object",
		"error-envelope.codes.ORDER_NOT_FOUND=12001", "error-envelope.limits.max-body-size=1KB" })
class StatusObjectOpenApiContractTest extends OpenApiContractTest {

	@Override
	String codePointer() {
		return "/status/code";
	}

}
