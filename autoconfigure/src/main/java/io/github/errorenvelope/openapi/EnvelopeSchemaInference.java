package io.github.errorenvelope.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * Derives a JSON schema from bodies the active style rendered for sample errors, so the
 * schema describes exactly what the style writes, whatever the style. Members present in
 * every sample are required; members named after data (field names, codes) become
 * {@code additionalProperties}; an object that received detail members stays open to any
 * extra member; arrays of objects carrying a sample violation message become the
 * violation item schema.
 */
final class EnvelopeSchemaInference {

	private final SchemaFactory schemas;

	private final Set<String> dataKeys;

	private final Set<String> detailKeys;

	private final String violationMarker;

	private final String violationComponent;

	private @Nullable Schema<Object> violationSchema;

	/**
	 * @param schemas the schema factory
	 * @param dataKeys keys that are data (violation fields, codes), not member names
	 * @param detailKeys the detail member names the samples carry
	 * @param violationMarker a message only sample violations carry
	 * @param violationComponent the component name the violation item schema is
	 * referenced by
	 */
	EnvelopeSchemaInference(SchemaFactory schemas, Set<String> dataKeys, Set<String> detailKeys, String violationMarker,
			String violationComponent) {
		this.schemas = schemas;
		this.dataKeys = dataKeys;
		this.detailKeys = detailKeys;
		this.violationMarker = violationMarker;
		this.violationComponent = violationComponent;
	}

	/** The schema of the sample bodies. */
	Schema<Object> infer(List<Object> bodies) {
		return merge(bodies);
	}

	/**
	 * The violation item schema, when the style renders violations as objects; else
	 * {@code null}.
	 */
	@Nullable Schema<Object> violationSchema() {
		return this.violationSchema;
	}

	@SuppressWarnings("unchecked")
	private Schema<Object> merge(List<Object> values) {
		List<Map<String, Object>> objects = new ArrayList<>();
		List<Object> elements = new ArrayList<>();
		Set<String> types = new LinkedHashSet<>();
		boolean sawArray = false;
		for (Object value : values) {
			if (value instanceof Map<?, ?> map) {
				objects.add((Map<String, Object>) map);
				types.add("object");
			}
			else if (value instanceof List<?> list) {
				sawArray = true;
				elements.addAll(list);
				types.add("array");
			}
			else {
				types.add(scalarType(value));
			}
		}
		if (types.size() == 1 && !objects.isEmpty()) {
			return object(objects);
		}
		if (types.size() == 1 && sawArray) {
			Schema<Object> array = this.schemas.typed("array");
			array.setItems(items(elements));
			return array;
		}
		if (types.contains("integer") && types.contains("number")) {
			types.remove("integer");
		}
		return this.schemas.typed(types);
	}

	private Schema<Object> items(List<Object> elements) {
		if (elements.isEmpty()) {
			return this.schemas.any();
		}
		Schema<Object> items = merge(elements);
		if (containsViolation(elements)) {
			this.violationSchema = items;
			return this.schemas.ref(this.violationComponent);
		}
		return items;
	}

	private boolean containsViolation(List<Object> elements) {
		for (Object element : elements) {
			if (element instanceof Map<?, ?> map && map.containsValue(this.violationMarker)) {
				return true;
			}
		}
		return false;
	}

	private Schema<Object> object(List<Map<String, Object>> objects) {
		Map<String, List<Object>> fixed = new LinkedHashMap<>();
		List<Object> dynamicValues = new ArrayList<>();
		boolean open = false;
		for (Map<String, Object> object : objects) {
			for (Map.Entry<String, Object> member : object.entrySet()) {
				if (this.detailKeys.contains(member.getKey())) {
					open = true;
				}
				else if (this.dataKeys.contains(member.getKey())) {
					dynamicValues.add(member.getValue());
				}
				else {
					fixed.computeIfAbsent(member.getKey(), key -> new ArrayList<>()).add(member.getValue());
				}
			}
		}
		Schema<Object> schema = this.schemas.typed("object");
		List<String> required = new ArrayList<>();
		for (Map.Entry<String, List<Object>> member : fixed.entrySet()) {
			schema.addProperty(member.getKey(), merge(member.getValue()));
			if (member.getValue().size() == objects.size()) {
				required.add(member.getKey());
			}
		}
		if (!required.isEmpty()) {
			schema.setRequired(required);
		}
		if (!open && !dynamicValues.isEmpty()) {
			schema.setAdditionalProperties(merge(dynamicValues));
		}
		return schema;
	}

	private static String scalarType(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof java.math.BigInteger) {
			return "integer";
		}
		if (value instanceof Number) {
			return "number";
		}
		return "string";
	}

}
