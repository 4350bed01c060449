package io.github.errorenvelope.paths;

import io.github.errorenvelope.support.StyleShape;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "error-envelope.style=nested-error")
class ReactiveNestedErrorErrorPathMatrixTest extends ReactiveErrorPathMatrixTest {

	@Override
	StyleShape style() {
		return StyleShape.NESTED_ERROR;
	}

}
