package io.github.errorenvelope.catalog;

import java.util.Map;
import java.util.stream.Collectors;

/** Renders an {@link ErrorCatalog} as a Markdown table, one row per code. */
final class ErrorCatalogMarkdown {

	private ErrorCatalogMarkdown() {
	}

	static String render(ErrorCatalog catalog) {
		StringBuilder out = new StringBuilder();
		out.append("# Error codes\n\n");
		out.append("Every code this service answers with, as rendered in the `")
			.append(catalog.getStyle())
			.append("` style. Generated from the code; do not edit by hand.\n\n");
		out.append("| code | status | type | message | translations | details | source |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (ErrorCatalog.Entry entry : catalog.getEntries()) {
			out.append("| `").append(cell(entry.code())).append('`');
			if (!entry.code().equals(entry.canonicalCode())) {
				out.append(" (`").append(cell(entry.canonicalCode())).append("`)");
			}
			out.append(" | ").append(entry.status());
			out.append(" | ").append(cell(entry.type()));
			out.append(" | ").append((entry.message() != null) ? cell(entry.message()) : "_the exception's message_");
			out.append(" | ").append(translations(entry.translations()));
			out.append(" | ")
				.append(entry.details().stream().map(ErrorCatalogMarkdown::detail).collect(Collectors.joining(", ")));
			out.append(" | ").append(cell(entry.source()));
			out.append(" |\n");
		}
		return out.toString();
	}

	private static String translations(Map<String, String> translations) {
		return translations.entrySet()
			.stream()
			.filter(entry -> !ErrorCatalog.DEFAULT_LOCALE.equals(entry.getKey()))
			.map(entry -> entry.getKey() + ": " + cell(entry.getValue()))
			.collect(Collectors.joining("<br>"));
	}

	private static String detail(ErrorDefinition.Detail detail) {
		String text = "`" + detail.name() + "` (" + JsonTypes.of(detail.javaType()) + ")";
		return (detail.header() != null) ? text + ", header `" + detail.header() + "`" : text;
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
