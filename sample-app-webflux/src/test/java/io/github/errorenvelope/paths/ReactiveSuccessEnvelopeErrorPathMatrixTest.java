package io.github.errorenvelope.paths;

import io.github.errorenvelope.support.StyleShape;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "error-envelope.style=success-envelope")
class ReactiveSuccessEnvelopeErrorPathMatrixTest extends ReactiveErrorPathMatrixTest {

	@Override
	StyleShape style() {
		return StyleShape.SUCCESS_ENVELOPE;
	}

}
