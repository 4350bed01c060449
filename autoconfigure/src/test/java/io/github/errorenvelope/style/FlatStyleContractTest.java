package io.github.errorenvelope.style;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=flat")
class FlatStyleContractTest extends StyleContractTest {

	@Override
	String expectedValidationBody() {
		return """
				{"message": "%s", "type": "validation", "code": "validation_error", "param": "name",
				 "request_id": "req-123",
				 "errors": [{"param": "name", "message": "ensure this value has at most 50 characters"},
				            {"param": "parameters.credentials.access_key", "message": "field required"}]}
				""".formatted(JOINED);
	}

	@Override
	String expectedDomainBody() {
		return """
				{"message": "Product 42 does not exist.", "type": "not_found", "code": "product_not_found",
				 "request_id": "req-123", "product_id": "42"}
				""";
	}

}
