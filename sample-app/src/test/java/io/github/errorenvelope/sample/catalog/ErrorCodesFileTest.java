package io.github.errorenvelope.sample.catalog;

import java.nio.file.Path;

import io.github.errorenvelope.catalog.ErrorCatalog;
import io.github.errorenvelope.catalog.ErrorCatalogFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The committed {@code ERROR-CODES.md} and {@code ERROR-CODES.json} of the sample are the
 * catalogue of its code: adding an {@code @ErrorCode} exception, renaming a code or
 * changing a translation without regenerating them fails this test, with the command that
 * regenerates them.
 */
@SpringBootTest
class ErrorCodesFileTest {

	/** Regenerate with {@code -Derror-codes.write=true}. */
	static final String REGENERATE = "./mvnw -pl sample-app -am test -Dtest=ErrorCodesFileTest "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Derror-codes.write=true";

	@Autowired
	ErrorCatalog catalog;

	@Test
	void committedCatalogueMatchesTheCode() {
		Path directory = Path.of(".");
		if (Boolean.getBoolean("error-codes.write")) {
			ErrorCatalogFiles.write(this.catalog, directory);
		}
		assertThatNoException().as("ERROR-CODES files are current")
			.isThrownBy(() -> ErrorCatalogFiles.verify(this.catalog, directory, REGENERATE));
	}

}
