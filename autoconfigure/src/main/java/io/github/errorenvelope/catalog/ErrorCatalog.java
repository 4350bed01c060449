package io.github.errorenvelope.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.style.CodeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Every code a service can answer with — the built-in codes, the application's
 * {@code @ErrorCode} exceptions and the exceptions mapped by properties — as the service
 * renders it: output code (renamed and cased), status, type, default message and its
 * translations, detail members and source. Backs the {@code errorcodes} Actuator endpoint
 * and the generated {@code ERROR-CODES} files.
 */
public class ErrorCatalog {

	/** The translation key of the message every locale falls back to. */
	public static final String DEFAULT_LOCALE = "default";

	private final String style;

	private final List<Entry> entries;

	/**
	 * Create the catalogue.
	 * @param style the name of the active style, for the reader
	 * @param definitions the errors, in catalogue order (duplicates by source are
	 * dropped)
	 * @param codes the code formatter of the active style and configuration
	 * @param messageSource the message source holding {@code error.<CODE>} translations,
	 * or {@code null}
	 * @param locales the locales whose translations are listed (besides the default)
	 */
	public ErrorCatalog(String style, List<ErrorDefinition> definitions, CodeFormatter codes,
			@Nullable MessageSource messageSource, List<Locale> locales) {
		this.style = style;
		Set<String> seen = new LinkedHashSet<>();
		List<Entry> built = new ArrayList<>();
		for (ErrorDefinition definition : definitions) {
			if (seen.add(definition.source() + "#" + definition.code())) {
				Map<String, String> translations = translations(definition.code(), messageSource, locales);
				String message = translations.getOrDefault(DEFAULT_LOCALE, definition.message());
				built.add(new Entry(codes.format(definition.code()), definition.code(), definition.status(),
						definition.type(), message, translations, definition.details(), definition.source()));
			}
		}
		this.entries = List.copyOf(built);
	}

	/**
	 * Assemble the catalogue of an application: built-in codes first, then its coded
	 * exceptions and property-mapped exceptions ordered by status and code.
	 * @param style the name of the active style
	 * @param definitions how errors are described under the current configuration
	 * @param packages the application's packages to scan for {@code @ErrorCode}
	 * exceptions
	 * @param classLoader the application's class loader
	 * @param codes the code formatter
	 * @param messageSource the message source, or {@code null}
	 * @param locales the locales whose translations are listed
	 * @return the catalogue
	 */
	public static ErrorCatalog of(String style, ErrorDefinitions definitions, List<String> packages,
			ClassLoader classLoader, CodeFormatter codes, @Nullable MessageSource messageSource, List<Locale> locales) {
		List<ErrorDefinition> application = new ArrayList<>();
		for (Class<?> type : ErrorCodeScanner.scan(packages, classLoader)) {
			ErrorDefinition definition = definitions.of(type);
			if (definition != null) {
				application.add(definition);
			}
		}
		application.addAll(definitions.mapped(classLoader));
		application.sort(Comparator.comparingInt(ErrorDefinition::status)
			.thenComparing(ErrorDefinition::code)
			.thenComparing(ErrorDefinition::source));
		List<ErrorDefinition> all = new ArrayList<>(definitions.builtIns());
		all.addAll(application);
		return new ErrorCatalog(style, all, codes, messageSource, locales);
	}

	private static Map<String, String> translations(String code, @Nullable MessageSource messageSource,
			Collection<Locale> locales) {
		Map<String, String> translations = new LinkedHashMap<>();
		if (messageSource == null) {
			return translations;
		}
		String fallback = lookup(messageSource, code, Locale.ROOT);
		if (fallback != null) {
			translations.put(DEFAULT_LOCALE, fallback);
		}
		for (Locale locale : locales) {
			String translated = lookup(messageSource, code, locale);
			if (translated != null && !translated.equals(fallback)) {
				translations.put(locale.toLanguageTag(), translated);
			}
		}
		return translations;
	}

	private static @Nullable String lookup(MessageSource messageSource, String code, Locale locale) {
		try {
			String message = messageSource.getMessage(ErrorMessages.PREFIX + code, null, null, locale);
			return (message != null && !message.isBlank()) ? message : null;
		}
		catch (RuntimeException ex) {
			// a broken message source leaves the catalogue without translations, not
			// without codes
			return null;
		}
	}

	/** The name of the style the codes are rendered for. */
	public String getStyle() {
		return this.style;
	}

	/** The entries, in catalogue order. */
	public List<Entry> getEntries() {
		return this.entries;
	}

	/**
	 * The catalogue as an ordered tree of maps, lists, strings and numbers (the JSON
	 * form).
	 * @return the tree
	 */
	public Map<String, Object> toTree() {
		List<Object> codes = new ArrayList<>();
		for (Entry entry : this.entries) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("code", entry.code());
			node.put("canonical_code", entry.canonicalCode());
			node.put("status", entry.status());
			node.put("type", entry.type());
			node.put("message", entry.message());
			node.put("translations", entry.translations());
			List<Object> details = new ArrayList<>();
			for (ErrorDefinition.Detail detail : entry.details()) {
				Map<String, Object> member = new LinkedHashMap<>();
				member.put("name", detail.name());
				member.put("type", JsonTypes.of(detail.javaType()));
				if (detail.header() != null) {
					member.put("header", detail.header());
				}
				details.add(member);
			}
			node.put("details", details);
			node.put("source", entry.source());
			codes.add(node);
		}
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("style", this.style);
		tree.put("codes", codes);
		return tree;
	}

	/**
	 * One code of the catalogue.
	 *
	 * @param code the output code, as responses carry it
	 * @param canonicalCode the canonical code (the key of translations and renames)
	 * @param status the HTTP status
	 * @param type the error type (group)
	 * @param message the default message, or {@code null} when responses carry the
	 * exception's own message
	 * @param translations messages by language tag ({@code default} for the fallback
	 * bundle)
	 * @param details the detail members
	 * @param source {@code built-in}, the exception class, or the property that defines
	 * the code
	 */
	public record Entry(String code, String canonicalCode, int status, String type, @Nullable String message,
			Map<String, String> translations, List<ErrorDefinition.Detail> details, String source) {
	}

}
