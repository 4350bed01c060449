package io.github.errorenvelope.style;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

/** The default style: no property set. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class NestedErrorStyleContractTest extends StyleContractTest {

	@Override
	String expectedValidationBody() {
		return """
				{"error": {"code": "VALIDATION_ERROR", "message": "Invalid request parameters",
				           "details": {"field": "name", "issue": "ensure this value has at most 50 characters",
				                       "violations": [
				                         {"field": "name", "issue": "ensure this value has at most 50 characters"},
				                         {"field": "parameters.credentials.access_key", "issue": "field required"}]}},
				 "request_id": "req-123"}
				""";
	}

	@Override
	String expectedDomainBody() {
		return """
				{"error": {"code": "PRODUCT_NOT_FOUND", "message": "Product 42 does not exist.",
				           "details": {"product_id": "42"}},
				 "request_id": "req-123"}
				""";
	}

}
