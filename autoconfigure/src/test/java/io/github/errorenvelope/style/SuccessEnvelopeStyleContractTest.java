package io.github.errorenvelope.style;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.errorenvelope.testapp.TestApplication;

@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=success-envelope")
class SuccessEnvelopeStyleContractTest extends StyleContractTest {

	@Override
	String expectedValidationBody() {
		return """
				{"data": null, "success": false, "message": "%s",
				 "errors": [{"name": ["ensure this value has at most 50 characters"]},
				            {"parameters.credentials.access_key": ["field required"]}]}
				""".formatted(JOINED);
	}

	@Override
	String expectedDomainBody() {
		return """
				{"data": null, "success": false, "message": "Product 42 does not exist.",
				 "errors": [{"product_not_found": ["Product 42 does not exist."], "product_id": "42"}]}
				""";
	}

}
