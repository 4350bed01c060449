package io.github.errorenvelope.style;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=status-object")
class StatusObjectStyleContractTest extends StyleContractTest {

	@Override
	String expectedValidationBody() {
		return """
				{"status": {"code": 11102, "description": "Invalid request", "details": "%s", "req_id": "req-123"}}
				""".formatted(JOINED);
	}

	@Override
	String expectedDomainBody() {
		return """
				{"status": {"code": "PRODUCT_NOT_FOUND", "description": "Not Found",
				            "details": "Product 42 does not exist.", "req_id": "req-123", "product_id": "42"}}
				""";
	}

}
