package io.github.errorenvelope.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ErrorCatalog} as {@code ERROR-CODES.md} and {@code ERROR-CODES.json},
 * so the catalogue can be committed, reviewed and published, and checks committed files
 * against the code: call {@link #verify} from a test and the build fails when an
 * {@code @ErrorCode} exception, a code rename or a translation changed without the files
 * being regenerated.
 *
 * <pre>{@code
 * &#64;SpringBootTest
 * class ErrorCodesFileTest {
 *

&#64;Test
 *     void committedCatalogueIsCurrent(@Autowired ErrorCatalog catalog) throws IOException {
 *         if (Boolean.getBoolean("error-codes.write")) {
 *             ErrorCatalogFiles.write(catalog, Path.of("."));
 *         }
 *         ErrorCatalogFiles.verify(catalog, Path.of("."), "./mvnw test -Dtest=ErrorCodesFileTest -Derror-codes.write=true");
 *     }
 * }
 * }</pre>
 */
public final class ErrorCatalogFiles {

	/** The Markdown file name. */
	public static final String MARKDOWN = "ERROR-CODES.md";

	/** The JSON file name. */
	public static final String JSON = "ERROR-CODES.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ErrorCatalogFiles() {
	}

	/**
	 * The files' content by file name.
	 * @param catalog the catalogue
	 * @return Markdown and JSON text, with {@code \n} line ends
	 */
	public static Map<String, String> render(ErrorCatalog catalog) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(MARKDOWN, ErrorCatalogMarkdown.render(catalog));
		files.put(JSON, MAPPER.writeValueAsString(catalog.toTree()).replace("\r\n", "\n") + "\n");
		return files;
	}

	/**
	 * (Re)write both files into a directory.
	 * @param catalog the catalogue
	 * @param directory the directory, e.g. the project's base directory
	 */
	public static void write(ErrorCatalog catalog, Path directory) {
		try {
			Files.createDirectories(directory);
			for (Map.Entry<String, String> file : render(catalog).entrySet()) {
				Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files in a directory that are missing or differ from the catalogue.
	 * @param catalog the catalogue
	 * @param directory the directory holding the committed files
	 * @return the names of the stale files; empty when everything is current
	 */
	public static List<String> staleFiles(ErrorCatalog catalog, Path directory) {
		List<String> stale = new ArrayList<>();
		for (Map.Entry<String, String> file : render(catalog).entrySet()) {
			Path path = directory.resolve(file.getKey());
			try {
				if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8)
					.replace("\r\n", "\n")
					.equals(file.getValue())) {
					stale.add(file.getKey());
				}
			}
			catch (IOException ex) {
				stale.add(file.getKey());
			}
		}
		return stale;
	}

	/**
	 * Fail when the committed files drifted from the code.
	 * @param catalog the catalogue of the running code
	 * @param directory the directory holding the committed files
	 * @param regenerateCommand how to regenerate them, quoted in the failure message
	 * @throws IllegalStateException naming the stale files and how to regenerate them
	 */
	public static void verify(ErrorCatalog catalog, Path directory, String regenerateCommand) {
		List<String> stale = staleFiles(catalog, directory);
		if (!stale.isEmpty()) {
			throw new IllegalStateException("The error-code catalogue drifted from the code: "
					+ stale.stream()
						.map(name -> directory.resolve(name).normalize().toString())
						.collect(Collectors.joining(", "))
					+ (stale.size() == 1 ? " is" : " are") + " out of date. Regenerate with: " + regenerateCommand
					+ " (and commit the result).");
		}
	}

}
