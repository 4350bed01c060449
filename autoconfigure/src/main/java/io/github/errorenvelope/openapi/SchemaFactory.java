package io.github.errorenvelope.openapi;

import java.util.LinkedHashSet;
import java.util.Set;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Creates OpenAPI schemas for the document's OpenAPI version: 3.1 writes {@code type} as
 * a set that may include {@code "null"}, 3.0 has one {@code type} and {@code nullable}.
 */
final class SchemaFactory {

	private final SpecVersion version;

	SchemaFactory(SpecVersion version) {
		this.version = version;
	}

	/** A schema that accepts any value. */
	Schema<Object> any() {
		return new Schema<>(this.version);
	}

	/**
	 * A schema of the given JSON types ({@code null} among them for a nullable value).
	 */
	Schema<Object> typed(Set<String> types) {
		Schema<Object> schema = any();
		Set<String> nonNull = new LinkedHashSet<>(types);
		boolean nullable = nonNull.remove("null");
		if (this.version == SpecVersion.V31) {
			schema.setTypes(new LinkedHashSet<>(types));
		}
		else if (nonNull.size() == 1) {
			schema.setType(nonNull.iterator().next());
			if (nullable) {
				schema.setNullable(true);
			}
		}
		return schema;
	}

	/** A schema of one JSON type. */
	Schema<Object> typed(String type) {
		return typed(Set.of(type));
	}

	/** A reference to a component schema. */
	Schema<Object> ref(String componentName) {
		Schema<Object> schema = any();
		schema.set$ref("#/components/schemas/" + componentName);
		return schema;
	}

}
