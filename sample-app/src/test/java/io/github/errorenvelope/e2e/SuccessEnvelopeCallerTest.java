package io.github.errorenvelope.e2e;

import io.github.errorenvelope.sample.SampleApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A caller of the sample app running in the {@code success-envelope} style. */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=success-envelope")
class SuccessEnvelopeCallerTest extends CallingTheSampleApp {

	@Override
	String style() {
		return "success-envelope";
	}

}
