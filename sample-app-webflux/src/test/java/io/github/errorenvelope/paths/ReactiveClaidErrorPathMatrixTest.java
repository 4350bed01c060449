package io.github.errorenvelope.paths;

import io.github.errorenvelope.support.StyleShape;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "error-envelope.style=claid")
class ReactiveClaidErrorPathMatrixTest extends ReactiveErrorPathMatrixTest {

	@Override
	StyleShape style() {
		return StyleShape.CLAID;
	}

}
