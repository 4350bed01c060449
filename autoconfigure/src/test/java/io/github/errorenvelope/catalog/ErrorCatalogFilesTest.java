package io.github.errorenvelope.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.style.NestedErrorStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The generated ERROR-CODES files and the check that fails when they drift from the code.
 */
class ErrorCatalogFilesTest {

	static final String REGENERATE = "./mvnw test -Derror-codes.write=true";

	@TempDir
	Path directory;

	static ErrorCatalog catalog(List<String> packages) {
		return ErrorCatalogTest.catalog(new CodeFormatter(Map.of(), null, new NestedErrorStyle()), Map.of(), null,
				packages);
	}

	@Test
	void writtenFilesAreCurrent() throws IOException {
		ErrorCatalog catalog = catalog(List.of(ErrorCatalogTest.FIXTURES));
		ErrorCatalogFiles.write(catalog, this.directory);
		String markdown = Files.readString(this.directory.resolve("ERROR-CODES.md"));
		assertThat(markdown).contains("| `ORDER_GONE` | 410 | invalid_request | _the exception's message_ |")
			.contains("`retry_after` (integer), header `Retry-After`");
		assertThat(Files.readString(this.directory.resolve("ERROR-CODES.json"))).contains("\"code\" : \"ORDER_GONE\"");
		assertThat(ErrorCatalogFiles.staleFiles(catalog, this.directory)).isEmpty();
		assertThatNoException().isThrownBy(() -> ErrorCatalogFiles.verify(catalog, this.directory, REGENERATE));
	}

	@Test
	void addingAnErrorCodeExceptionWithoutRegeneratingFailsWithHowToRegenerate() {
		ErrorCatalogFiles.write(catalog(List.of(ErrorCatalogTest.FIXTURES)), this.directory);
		ErrorCatalog withNewException = catalog(
				List.of(ErrorCatalogTest.FIXTURES, "io.github.errorenvelope.catalog.added"));
		assertThat(ErrorCatalogFiles.staleFiles(withNewException, this.directory)).containsExactly("ERROR-CODES.md",
				"ERROR-CODES.json");
		assertThatIllegalStateException()
			.isThrownBy(() -> ErrorCatalogFiles.verify(withNewException, this.directory, REGENERATE))
			.withMessageContaining("drifted from the code")
			.withMessageContaining("ERROR-CODES.md")
			.withMessageContaining("Regenerate with: " + REGENERATE);
		ErrorCatalogFiles.write(withNewException, this.directory);
		assertThat(ErrorCatalogFiles.staleFiles(withNewException, this.directory)).isEmpty();
	}

	@Test
	void missingOrHandEditedFilesAreStale() throws IOException {
		ErrorCatalog catalog = catalog(List.of(ErrorCatalogTest.FIXTURES));
		assertThat(ErrorCatalogFiles.staleFiles(catalog, this.directory)).hasSize(2);
		ErrorCatalogFiles.write(catalog, this.directory);
		Path json = this.directory.resolve("ERROR-CODES.json");
		Files.writeString(json, Files.readString(json).replace("ORDER_GONE", "ORDER_LOST"));
		assertThat(ErrorCatalogFiles.staleFiles(catalog, this.directory)).containsExactly("ERROR-CODES.json");
	}

}
