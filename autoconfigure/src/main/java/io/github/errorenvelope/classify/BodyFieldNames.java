package io.github.errorenvelope.classify;

/**
 * Translates a Java property path of a request body (as Bean Validation reports it) into
 * the JSON path the client sent, honouring {@code @JsonProperty} and the configured
 * naming strategy. The Jackson implementation lives behind this interface so the core
 * stays free of Jackson types.
 */
@FunctionalInterface
public interface BodyFieldNames {

	/** Leaves paths as they are, for apps without a JSON library. */
	BodyFieldNames IDENTITY = (rootType, javaPath) -> javaPath;

	/**
	 * Translate a path.
	 * @param rootType the type of the request body object
	 * @param javaPath the Java path, e.g. {@code parameters.credentials.accessKey} or
	 * {@code items[0].qty}
	 * @return the JSON path, e.g. {@code parameters.credentials.access_key}
	 */
	String toJsonPath(Class<?> rootType, String javaPath);

}
