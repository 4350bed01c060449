package io.github.errorenvelope.api;

import io.github.errorenvelope.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A violation's JSON Pointer, which the {@code problem-detail} style renders for body
 * fields.
 */
class FieldViolationTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			name                      | #/name
			items[0].quantity         | #/items/0/quantity
			parameters.credentials.key| #/parameters/credentials/key
			tags[a/b~c]               | #/tags/a~1b~0c
			matrix[1][2]              | #/matrix/1/2
			tags[a.b].count           | #/tags/a.b/count
			a..b                      | #/a/b
			.a                        | #/a
			tags[]                    | #/tags/
			tags[open                 | #/tags/open
			~/                        | #/~0~1
			""")
	void pointsIntoTheBody(String field, String pointer) {
		assertThat(FieldViolation.body(field.strip(), "is invalid").jsonPointer()).isEqualTo(pointer.strip());
	}

	@Test
	void wholeRequestViolationPointsAtTheRoot() {
		assertThat(FieldViolation.body(null, "is invalid").jsonPointer()).isEqualTo("#");
	}

}
