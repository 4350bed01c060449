package io.github.errorenvelope.style;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=problem-detail")
class ProblemDetailStyleContractTest extends StyleContractTest {

	@Override
	String expectedContentType() {
		return "application/problem+json";
	}

	@Override
	String expectedValidationBody() {
		return """
				{"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "%s",
				 "instance": "/jobs", "code": "VALIDATION_ERROR", "request_id": "req-123",
				 "errors": [{"pointer": "#/name", "detail": "ensure this value has at most 50 characters"},
				            {"pointer": "#/parameters/credentials/access_key", "detail": "field required"}]}
				""".formatted(JOINED);
	}

	@Override
	String expectedDomainBody() {
		return """
				{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Product 42 does not exist.",
				 "instance": "/products/42", "code": "PRODUCT_NOT_FOUND", "request_id": "req-123",
				 "product_id": "42"}
				""";
	}

}
