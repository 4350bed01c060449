package io.github.errorenvelope.classify.jackson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.PropertyPath;
import io.github.errorenvelope.classify.BodyFieldNames;
import io.github.errorenvelope.util.BoundedCache;
import io.github.errorenvelope.util.TypePathCache;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;

/**
 * Names body fields as the application's own Jackson mapper reads them, so
 * {@code @JsonProperty}, mix-ins and the configured naming strategy are honoured:
 * {@code parameters.credentials.accessKey} becomes
 * {@code parameters.credentials.access_key}. Each class is introspected once.
 */
public final class JacksonBodyFieldNames implements BodyFieldNames {

	private static final int MAX_CACHED = 4096;

	private static final int MAX_CACHED_TYPES = 1024;

	private static final int MAX_PATHS_PER_TYPE = 256;

	private final ObjectMapper mapper;

	private final BoundedCache<JavaType, Map<String, BeanPropertyDefinition>> properties = new BoundedCache<>(
			MAX_CACHED);

	/**
	 * The translation of each path without brackets, by body type: such paths name
	 * properties only, so a body type has a bounded number of them, and an error repeated
	 * for the same fields is named without parsing. Paths with list indexes or map keys
	 * are translated afresh each time: they are as many as the client makes them.
	 */
	private final TypePathCache<String> pathsByType = new TypePathCache<>(MAX_CACHED_TYPES, MAX_PATHS_PER_TYPE,
			this::translate);

	/**
	 * Create the translator.
	 * @param mapper the mapper that reads request bodies
	 */
	public JacksonBodyFieldNames(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String toJsonPath(Class<?> rootType, String javaPath) {
		if (javaPath.indexOf('[') >= 0) {
			return translate(rootType, javaPath);
		}
		return this.pathsByType.get(rootType, javaPath);
	}

	private String translate(Class<?> rootType, String javaPath) {
		List<PropertyPath.Step> steps = PropertyPath.parse(javaPath);
		JavaType current = this.mapper.constructType(rootType);
		StringBuilder out = new StringBuilder(javaPath.length() + 8);
		for (PropertyPath.Step step : steps) {
			if (!step.isName()) {
				out.append('[').append(step.key()).append(']');
				current = (current != null) ? current.getContentType() : null;
				continue;
			}
			BeanPropertyDefinition property = (current != null) ? propertiesOf(current).get(step.name()) : null;
			if (out.length() > 0) {
				out.append('.');
			}
			out.append((property != null) ? property.getName() : step.name());
			current = (property != null) ? property.getPrimaryType() : null;
		}
		return out.toString();
	}

	private Map<String, BeanPropertyDefinition> propertiesOf(JavaType type) {
		return this.properties.get(type, this::introspect);
	}

	private Map<String, BeanPropertyDefinition> introspect(JavaType type) {
		if (type.isContainerType() || type.isPrimitive() || type.getRawClass().getName().startsWith("java.")) {
			return Map.of();
		}
		try {
			DeserializationConfig config = this.mapper.deserializationConfig();
			ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
			AnnotatedClass annotated = introspector.introspectClassAnnotations(type);
			BeanDescription description = introspector.introspectForDeserialization(type, annotated);
			Map<String, BeanPropertyDefinition> byInternalName = new HashMap<>();
			for (BeanPropertyDefinition property : description.findProperties()) {
				byInternalName.put(property.getInternalName(), property);
			}
			return byInternalName;
		}
		catch (RuntimeException ex) {
			// an exotic type Jackson cannot describe keeps its Java names
			return Map.of();
		}
	}

}
