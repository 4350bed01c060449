package io.github.errorenvelope.client;

/**
 * Parses JSON text into a tree of maps, lists, strings, numbers and booleans, so the
 * readers stay free of any JSON library's types.
 */
@FunctionalInterface
public interface JsonTreeReader {

	/**
	 * Parse a JSON document.
	 * @param json the text
	 * @return the tree
	 * @throws RuntimeException when the text is not JSON
	 */
	Object read(String json);

}
