package io.github.errorenvelope.paths;

import io.github.errorenvelope.support.StyleShape;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "error-envelope.style=status-object")
class ReactiveStatusObjectErrorPathMatrixTest extends ReactiveErrorPathMatrixTest {

	@Override
	StyleShape style() {
		return StyleShape.STATUS_OBJECT;
	}

}
