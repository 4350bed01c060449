package io.github.errorenvelope.e2e;

import io.github.errorenvelope.sample.SampleApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A caller of the sample app running in the {@code claid} style. */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "error-envelope.style=claid")
class ClaidCallerTest extends CallingTheSampleApp {

	@Override
	String style() {
		return "claid";
	}

}
