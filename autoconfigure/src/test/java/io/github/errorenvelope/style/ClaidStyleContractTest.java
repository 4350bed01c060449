package io.github.errorenvelope.style;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=claid")
class ClaidStyleContractTest extends StyleContractTest {

	@Override
	String expectedValidationBody() {
		return """
				{"error_code": "VALIDATION_ERROR", "error_type": "validation",
				 "error_message": "%s",
				 "error_details": {"name": ["ensure this value has at most 50 characters"],
				                   "parameters.credentials.access_key": ["field required"]}}
				""".formatted(JOINED);
	}

	@Override
	String expectedDomainBody() {
		return """
				{"error_code": "PRODUCT_NOT_FOUND", "error_type": "not_found",
				 "error_message": "Product 42 does not exist.", "error_details": {"product_id": "42"}}
				""";
	}

}
