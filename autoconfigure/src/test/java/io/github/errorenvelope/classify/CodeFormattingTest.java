package io.github.errorenvelope.classify;

import java.util.Map;

import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.style.FlatStyle;
import io.github.errorenvelope.style.NestedErrorStyle;
import io.github.errorenvelope.style.StatusObjectStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeFormattingTest {

	@Test
	void codeCasesConvertBetweenConventions() {
		assertThat(CodeCase.UPPER_SNAKE.apply("orderNotFound")).isEqualTo("ORDER_NOT_FOUND");
		assertThat(CodeCase.UPPER_SNAKE.apply("order-not-found")).isEqualTo("ORDER_NOT_FOUND");
		assertThat(CodeCase.LOWER_SNAKE.apply("VALIDATION_ERROR")).isEqualTo("validation_error");
		assertThat(CodeCase.AS_IS.apply("Mixed_Case")).isEqualTo("Mixed_Case");
	}

	@Test
	void eachStyleHasItsDefaultCase() {
		assertThat(new CodeFormatter(Map.of(), null, new FlatStyle()).format("VALIDATION_ERROR"))
			.isEqualTo("validation_error");
		assertThat(new CodeFormatter(Map.of(), null, new NestedErrorStyle()).format("orderNotFound"))
			.isEqualTo("ORDER_NOT_FOUND");
	}

	@Test
	void configuredCaseWinsOverTheStyleDefault() {
		assertThat(new CodeFormatter(Map.of(), CodeCase.AS_IS, new FlatStyle()).format("VALIDATION_ERROR"))
			.isEqualTo("VALIDATION_ERROR");
	}

	@Test
	void renamesAreWrittenExactlyAsGiven() {
		CodeFormatter formatter = new CodeFormatter(Map.of("VALIDATION_ERROR", "9000", "not_found", "Missing"), null,
				new FlatStyle());
		assertThat(formatter.format("VALIDATION_ERROR")).isEqualTo("9000");
		assertThat(formatter.format("NOT_FOUND")).isEqualTo("Missing");
	}

	@Test
	void statusObjectUsesNumericCatalogueCodes() {
		CodeFormatter formatter = new CodeFormatter(Map.of("NOT_FOUND", "777"), null, new StatusObjectStyle());
		assertThat(formatter.format("VALIDATION_ERROR")).isEqualTo("11102");
		assertThat(formatter.format("INTERNAL_ERROR")).isEqualTo("99009");
		assertThat(formatter.format("NOT_FOUND")).isEqualTo("777");
		assertThat(formatter.format("ORDER_NOT_FOUND")).isEqualTo("ORDER_NOT_FOUND");
	}

}
