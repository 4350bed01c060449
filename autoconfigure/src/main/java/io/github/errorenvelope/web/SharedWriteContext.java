package io.github.errorenvelope.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TreeNode;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.tree.ArrayTreeNode;
import tools.jackson.core.tree.ObjectTreeNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

/**
 * The link between the generators of envelope bodies and the application's mapper, one
 * for all bodies: the generator's settings (pretty printer, escapes, features) come from
 * the mapper's writer, and a serialization context of that writer is created only when a
 * value needs one. Most error bodies hold nothing but strings, which the mapper writes as
 * they are unless the application changed how strings are serialized. Its
 * {@link #createGenerator(java.io.OutputStream)} creates the generators.
 */
final class SharedWriteContext implements ObjectWriteContext {

	/** The types a built-in style's body tree is made of. */
	private static final List<Class<?>> TREE_TYPES = List.of(String.class, Integer.class, Long.class, Boolean.class,
			LinkedHashMap.class, ArrayList.class, List.of("message").getClass());

	/** A mapper the application did not configure, for comparison. */
	private static final ObjectWriter PLAIN = new JsonMapper().writer();

	private final ContextSource writer;

	/** A context of the writer, asked only for settings, which it never changes. */
	private final SerializationContext settings;

	private final boolean plainStrings;

	private final boolean plainTrees;

	SharedWriteContext(ObjectWriter writer) {
		this.writer = new ContextSource(writer);
		this.settings = this.writer.newContext();
		SerializationContext plain = new ContextSource(PLAIN).newContext();
		this.plainStrings = serializerOf(this.settings, String.class) == serializerOf(plain, String.class);
		boolean plainTrees = true;
		for (Class<?> type : TREE_TYPES) {
			plainTrees &= serializerOf(this.settings, type) == serializerOf(plain, type);
		}
		this.plainTrees = plainTrees;
	}

	/**
	 * Whether the mapper writes every type of a built-in style's body tree (maps, lists,
	 * strings, numbers, booleans) with Jackson's own serializer, as a style that writes
	 * its members one by one does.
	 */
	boolean writesTreeTypesAsJacksonDoes() {
		return this.plainTrees;
	}

	private static Class<?> serializerOf(SerializationContext context, Class<?> type) {
		return context.findTypedValueSerializer(type, true).getClass();
	}

	@Override
	public void writeValue(JsonGenerator generator, @Nullable Object value) {
		if (value instanceof String text && this.plainStrings) {
			generator.writeString(text);
		}
		else {
			this.writer.newContext().writeValue(generator, value);
		}
	}

	@Override
	public void writeTree(JsonGenerator generator, TreeNode tree) {
		this.writer.newContext().writeTree(generator, tree);
	}

	@Override
	public @Nullable FormatSchema getSchema() {
		return this.settings.getSchema();
	}

	@Override
	public @Nullable CharacterEscapes getCharacterEscapes() {
		return this.settings.getCharacterEscapes();
	}

	@Override
	public @Nullable PrettyPrinter getPrettyPrinter() {
		// a new one per generator where the writer's is stateful
		return this.settings.getPrettyPrinter();
	}

	@Override
	public boolean hasPrettyPrinter() {
		return this.settings.hasPrettyPrinter();
	}

	@Override
	public @Nullable SerializableString getRootValueSeparator(@Nullable SerializableString defaultSeparator) {
		return this.settings.getRootValueSeparator(defaultSeparator);
	}

	@Override
	public int getStreamWriteFeatures(int defaults) {
		return this.settings.getStreamWriteFeatures(defaults);
	}

	@Override
	public int getFormatWriteFeatures(int defaults) {
		return this.settings.getFormatWriteFeatures(defaults);
	}

	@Override
	public TokenStreamFactory tokenStreamFactory() {
		return this.settings.tokenStreamFactory();
	}

	@Override
	public ArrayTreeNode createArrayNode() {
		return this.settings.createArrayNode();
	}

	@Override
	public ObjectTreeNode createObjectNode() {
		return this.settings.createObjectNode();
	}

	/** The application's writer, as the source of fresh serialization contexts. */
	private static final class ContextSource extends ObjectWriter {

		private static final long serialVersionUID = 1L;

		ContextSource(ObjectWriter writer) {
			super(writer, writer.getConfig());
		}

		SerializationContext newContext() {
			return _serializationContext();
		}

	}

}
