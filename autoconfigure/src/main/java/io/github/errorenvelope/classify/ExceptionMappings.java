package io.github.errorenvelope.classify;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.errorenvelope.util.BoundedCache;

import org.jspecify.annotations.Nullable;

/**
 * Status, code, type and message configured for exception classes by name (the
 * {@code error-envelope.exceptions.<FQCN>.*} properties), so third-party exceptions can
 * be mapped without code. Lookups search superclasses and interfaces, nearest first.
 */
public final class ExceptionMappings {

	/** No mappings. */
	public static final ExceptionMappings NONE = new ExceptionMappings(Map.of());

	private static final int MAX_CACHED = 2048;

	private static final Mapping MISSING = new Mapping(null, null, null, null);

	private final Map<String, Mapping> byClassName;

	private final BoundedCache<Class<?>, Mapping> cache = new BoundedCache<>(MAX_CACHED);

	/**
	 * What is configured for one exception class; {@code null} members are unset.
	 *
	 * @param status the HTTP status
	 * @param code the canonical code
	 * @param type the error type
	 * @param message the message
	 */
	public record Mapping(@Nullable Integer status, @Nullable String code, @Nullable String type,
			@Nullable String message) {
	}

	/**
	 * Create mappings.
	 * @param byClassName mappings keyed by fully qualified class name
	 */
	public ExceptionMappings(Map<String, Mapping> byClassName) {
		this.byClassName = new LinkedHashMap<>(byClassName);
	}

	/**
	 * Read mappings from flat properties keyed {@code <FQCN>.<status|code|type|message>}.
	 * @param properties the properties
	 * @return the mappings
	 * @throws IllegalArgumentException for an unknown attribute or a bad status
	 */
	public static ExceptionMappings fromProperties(Map<String, String> properties) {
		Map<String, String[]> attributes = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : properties.entrySet()) {
			String key = entry.getKey();
			int dot = key.lastIndexOf('.');
			if (dot <= 0) {
				throw new IllegalArgumentException("error-envelope.exceptions." + key
						+ " must name an exception class and one of status, code, type, message");
			}
			int slot = switch (key.substring(dot + 1)) {
				case "status" -> 0;
				case "code" -> 1;
				case "type" -> 2;
				case "message" -> 3;
				default -> throw new IllegalArgumentException(
						"error-envelope.exceptions." + key + ": unknown attribute; use status, code, type or message");
			};
			attributes.computeIfAbsent(key.substring(0, dot), name -> new String[4])[slot] = entry.getValue();
		}
		Map<String, Mapping> mappings = new LinkedHashMap<>();
		attributes.forEach((className, values) -> mappings.put(className,
				new Mapping(parseStatus(className, values[0]), values[1], values[2], values[3])));
		return new ExceptionMappings(mappings);
	}

	private static @Nullable Integer parseStatus(String className, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			int status = trimmed.chars().allMatch(Character::isDigit) ? Integer.parseInt(trimmed)
					: org.springframework.http.HttpStatus
						.valueOf(trimmed.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
						.value();
			if (status < 400 || status > 599) {
				throw new IllegalArgumentException("out of range");
			}
			return status;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("error-envelope.exceptions." + className + ".status: '" + value
					+ "' is not an error status (400-599 or a name such as NOT_FOUND)", ex);
		}
	}

	/**
	 * The mapping for an exception type, searching its superclasses and interfaces.
	 * @param type the exception type
	 * @return the nearest mapping, or {@code null}
	 */
	public @Nullable Mapping find(Class<?> type) {
		return find(type, true);
	}

	/**
	 * The mapping for an exception type.
	 * @param type the exception type
	 * @param searchSupertypes whether mappings of its superclasses and interfaces apply
	 * too
	 * @return the mapping, or {@code null}
	 */
	public @Nullable Mapping find(Class<?> type, boolean searchSupertypes) {
		if (this.byClassName.isEmpty()) {
			return null;
		}
		if (!searchSupertypes) {
			return this.byClassName.get(type.getName());
		}
		Mapping cached = this.cache.get(type, (key) -> {
			Mapping found = search(key);
			return (found != null) ? found : MISSING;
		});
		return (cached == MISSING) ? null : cached;
	}

	private @Nullable Mapping search(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			Mapping direct = this.byClassName.get(current.getName());
			if (direct != null) {
				return direct;
			}
			for (Class<?> contract : current.getInterfaces()) {
				Mapping viaInterface = searchInterface(contract);
				if (viaInterface != null) {
					return viaInterface;
				}
			}
		}
		return null;
	}

	private @Nullable Mapping searchInterface(Class<?> contract) {
		Mapping direct = this.byClassName.get(contract.getName());
		if (direct != null) {
			return direct;
		}
		for (Class<?> parent : contract.getInterfaces()) {
			Mapping inherited = searchInterface(parent);
			if (inherited != null) {
				return inherited;
			}
		}
		return null;
	}

}
