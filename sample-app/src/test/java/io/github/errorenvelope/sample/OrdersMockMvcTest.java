package io.github.errorenvelope.sample;

import io.github.errorenvelope.test.ErrorEnvelopeAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The orders API through MockMvcTester, checked with the error-envelope assertions. */
@SpringBootTest
@AutoConfigureMockMvc
class OrdersMockMvcTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void unknownOrder() {
		ErrorEnvelopeAssertions.assertThat(this.mvc.get().uri("/orders/99").header("x-request-id", "mvc-1"))
			.isErrorEnvelope()
			.hasStatus(404)
			.hasCode("ORDER_NOT_FOUND")
			.hasMessage("Order 99 does not exist.")
			.hasRequestIdHeader("mvc-1");
	}

	@Test
	void invalidOrder() {
		ErrorEnvelopeAssertions
			.assertThat(this.mvc.post()
				.uri("/orders")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customer_name\":\"Ada\",\"parameters\":{\"credentials\":{\"access_key\":\"k\"}},"
						+ "\"items\":[{\"sku\":\"A-1\",\"quantity\":0}]}"))
			.isErrorEnvelope()
			.hasStatus(400)
			.hasCode("VALIDATION_ERROR")
			.hasViolationCount(1)
			.hasViolation("items[0].quantity", "must be greater than or equal to 1")
			.hasRequestIdHeader();
	}

}
