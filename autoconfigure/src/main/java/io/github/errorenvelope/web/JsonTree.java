package io.github.errorenvelope.web;

import io.github.errorenvelope.style.SuccessBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

import org.jspecify.annotations.Nullable;

/**
 * A body tree in a type of its own. A wrapped success body must not look like the
 * handler's declared return type (a {@code Map<String, String>} handler would otherwise
 * have its envelope serialized with that declared type); this holder is serialized as the
 * tree it carries.
 */
@JsonSerialize(using = JsonTree.TreeSerializer.class)
public final class JsonTree {

	private final @Nullable Object tree;

	JsonTree(@Nullable Object tree) {
		this.tree = tree;
	}

	/**
	 * Hold a body tree, such as a style's wrapped success body.
	 * @param tree the tree
	 * @return the holder
	 */
	public static JsonTree of(@Nullable Object tree) {
		return new JsonTree(tree);
	}

	/** The carried tree, which is what gets serialized. */
	public @Nullable Object tree() {
		return this.tree;
	}

	/**
	 * Writes the tree as if it were the root value: Jackson's cached serializer for the
	 * tree's own type is used as is. The {@code success-envelope} wrapper is written
	 * member by member around its body, with the body's own serializer.
	 */
	static final class TreeSerializer extends ValueSerializer<JsonTree> {

		private static final SerializableString DATA = new SerializedString(SuccessBody.DATA);

		private static final SerializableString SUCCESS = new SerializedString(SuccessBody.SUCCESS);

		private static final SerializableString MESSAGE = new SerializedString(SuccessBody.MESSAGE);

		@Override
		public void serialize(JsonTree value, JsonGenerator generator, SerializationContext context) {
			if (value.tree instanceof SuccessBody success) {
				generator.writeStartObject(success, 3);
				generator.writeName(DATA);
				context.writeValue(generator, success.data());
				// the envelope is a map to the application: sorted like one when it asks
				if (context.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)) {
					writeMessage(generator);
					writeSuccess(generator);
				}
				else {
					writeSuccess(generator);
					writeMessage(generator);
				}
				generator.writeEndObject();
				return;
			}
			context.writeValue(generator, value.tree);
		}

		private static void writeSuccess(JsonGenerator generator) {
			generator.writeName(SUCCESS);
			generator.writeBoolean(true);
		}

		private static void writeMessage(JsonGenerator generator) {
			generator.writeName(MESSAGE);
			generator.writeString(SuccessBody.OK);
		}

	}

}
