package io.github.errorenvelope.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.classify.ClassifierOptions;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.style.FlatStyle;
import io.github.errorenvelope.style.StatusObjectStyle;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the catalogue lists for an application, under its configuration. */
class ErrorCatalogTest {

	static final String FIXTURES = "io.github.errorenvelope.catalog.fixtures";

	static final Map<String, String> MAPPED = Map.of("java.util.NoSuchElementException.code", "ITEM_MISSING",
			"java.util.NoSuchElementException.status", "404");

	static ErrorCatalog catalog(CodeFormatter codes, Map<Integer, String> types, StaticMessageSource messages,
			List<String> packages) {
		ClassifierOptions options = new ClassifierOptions(false, false, 50, types,
				ExceptionMappings.fromProperties(MAPPED));
		return ErrorCatalog.of("flat", new ErrorDefinitions(options, MAPPED), packages,
				ErrorCatalogTest.class.getClassLoader(), codes, messages, List.of(Locale.GERMAN));
	}

	static ErrorCatalog.Entry entry(ErrorCatalog catalog, String canonicalCode) {
		return catalog.getEntries()
			.stream()
			.filter(entry -> entry.canonicalCode().equals(canonicalCode))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + canonicalCode + " in " + catalog.getEntries()));
	}

	@Test
	void listsBuiltInCodesThenApplicationCodesByStatus() {
		ErrorCatalog catalog = catalog(new CodeFormatter(Map.of(), null, new FlatStyle()), Map.of(), null,
				List.of(FIXTURES));
		List<String> codes = catalog.getEntries().stream().map(ErrorCatalog.Entry::canonicalCode).toList();
		assertThat(codes).startsWith("VALIDATION_ERROR").contains("INTERNAL_ERROR", "TIMEOUT");
		assertThat(codes.subList(codes.indexOf("TIMEOUT") + 1, codes.size())).containsExactly("ITEM_MISSING",
				"ORDER_GONE", "BILLING_FAILED", "TEAPOT_BUSY");
		ErrorCatalog.Entry gone = entry(catalog, "ORDER_GONE");
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.type()).isEqualTo("invalid_request");
		assertThat(gone.message()).as("4xx domain errors carry their own message").isNull();
		assertThat(gone.source()).isEqualTo("io.github.errorenvelope.catalog.fixtures.GoneException");
		assertThat(gone.details()).extracting(ErrorDefinition.Detail::name, ErrorDefinition.Detail::header)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("retry_after", "Retry-After"),
					org.assertj.core.groups.Tuple.tuple("order_id", null));
		ErrorCatalog.Entry teapot = entry(catalog, "TEAPOT_BUSY");
		assertThat(teapot.status()).as("@ResponseStatus when @ErrorCode has no status").isEqualTo(503);
		assertThat(teapot.message()).as("5xx never show their own message").isEqualTo("Internal server error.");
		assertThat(entry(catalog, "BILLING_FAILED").source()).endsWith("AbstractCodedException$CardDeclinedException");
		ErrorCatalog.Entry mapped = entry(catalog, "ITEM_MISSING");
		assertThat(mapped.status()).isEqualTo(404);
		assertThat(mapped.source()).isEqualTo("error-envelope.exceptions.java.util.NoSuchElementException");
	}

	@Test
	void codesAreRenamedAndCasedAsTheStyleWritesThem() {
		ErrorCatalog catalog = catalog(new CodeFormatter(Map.of("ORDER_GONE", "9001"), null, new FlatStyle()),
				Map.of(404, "missing"), null, List.of(FIXTURES));
		assertThat(entry(catalog, "ORDER_GONE").code()).isEqualTo("9001");
		assertThat(entry(catalog, "TEAPOT_BUSY").code()).isEqualTo("teapot_busy");
		assertThat(entry(catalog, "NOT_FOUND").type()).isEqualTo("missing");
		assertThat(entry(catalog, "VALIDATION_ERROR").type()).isEqualTo("validation");
		ErrorCatalog numeric = catalog(new CodeFormatter(Map.of(), CodeCase.AS_IS, new StatusObjectStyle()), Map.of(),
				null, List.of(FIXTURES));
		assertThat(entry(numeric, "VALIDATION_ERROR").code()).isEqualTo("11102");
		assertThat(entry(numeric, "ORDER_GONE").code()).isEqualTo("ORDER_GONE");
	}

	@Test
	void listsTheDefaultMessageAndItsTranslations() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.ORDER_GONE", Locale.ROOT, "Order {1} is gone.");
		messages.addMessage("error.ORDER_GONE", Locale.GERMAN, "Bestellung {1} ist weg.");
		messages.addMessage("error.NOT_FOUND", Locale.GERMAN, "Nicht gefunden.");
		ErrorCatalog catalog = catalog(new CodeFormatter(Map.of(), null, new FlatStyle()), Map.of(), messages,
				List.of(FIXTURES));
		ErrorCatalog.Entry gone = entry(catalog, "ORDER_GONE");
		assertThat(gone.message()).isEqualTo("Order {1} is gone.");
		assertThat(gone.translations()).containsEntry("default", "Order {1} is gone.")
			.containsEntry("de", "Bestellung {1} ist weg.");
		ErrorCatalog.Entry notFound = entry(catalog, "NOT_FOUND");
		assertThat(notFound.message()).isEqualTo("Resource not found.");
		assertThat(notFound.translations()).containsOnlyKeys("de");
	}

	@Test
	void theTreeIsTheJsonForm() {
		ErrorCatalog catalog = catalog(new CodeFormatter(Map.of(), null, new FlatStyle()), Map.of(), null,
				List.of(FIXTURES));
		Map<String, Object> tree = catalog.toTree();
		assertThat(tree).containsEntry("style", "flat");
		assertThat((List<?>) tree.get("codes")).hasSize(catalog.getEntries().size());
		assertThat(((List<?>) tree.get("codes")).get(0)).asString().contains("code=validation_error", "status=400");
	}

}
