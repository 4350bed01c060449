package io.github.errorenvelope.paths;

import io.github.errorenvelope.support.StyleShape;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "error-envelope.style=problem-detail")
class ReactiveProblemDetailErrorPathMatrixTest extends ReactiveErrorPathMatrixTest {

	@Override
	StyleShape style() {
		return StyleShape.PROBLEM_DETAIL;
	}

}
