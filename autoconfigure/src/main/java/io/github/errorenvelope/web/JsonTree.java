package io.github.errorenvelope.web;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A body tree in a type of its own. A wrapped success body must not look like the
 * handler's declared return type (a {@code Map<String, String>} handler would otherwise
 * have its envelope serialized with that declared type); this holder is serialized as the
 * tree it carries.
 */
@JsonSerialize(using = JsonTree.TreeSerializer.class)
public final class JsonTree {

	private final Object tree;

	JsonTree(Object tree) {
		this.tree = tree;
	}

	/** The carried tree, which is what gets serialized. */
	public Object tree() {
		return this.tree;
	}

	/**
	 * Writes the tree as if it were the root value: Jackson's cached serializer for the
	 * tree's own type is used as is, where a {@code @JsonValue} accessor looked the map
	 * serializer up and contextualized it again for every response.
	 */
	static final class TreeSerializer extends ValueSerializer<JsonTree> {

		@Override
		public void serialize(JsonTree value, JsonGenerator generator, SerializationContext context) {
			context.writeValue(generator, value.tree);
		}

	}

}
