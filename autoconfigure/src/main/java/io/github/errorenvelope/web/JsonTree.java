package io.github.errorenvelope.web;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A body tree in a type of its own. A wrapped success body must not look like the handler's declared
 * return type (a {@code Map<String, String>} handler would otherwise have its envelope serialized with
 * that declared type); this holder is serialized as the tree it carries.
 */
public final class JsonTree {

	private final Object tree;

	JsonTree(Object tree) {
		this.tree = tree;
	}

	/** The carried tree, which is what gets serialized. */
	@JsonValue
	public Object tree() {
		return this.tree;
	}

}
