package io.github.errorenvelope.style;

import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import tools.jackson.core.JsonGenerator;

import org.jspecify.annotations.Nullable;

/**
 * Small building blocks the built-in styles share to write their body straight to a
 * generator. They write exactly what the style's tree serializes to: a detail never
 * replaces a member the style defines, except one whose value is {@code null}, which
 * takes the detail's value in its place (what {@code putIfAbsent} does to the tree).
 */
final class GeneratorMembers {

	/** A node without members of its own besides the details. */
	static final String[] NONE = {};

	private GeneratorMembers() {
	}

	/**
	 * A member the style defines with a value that may be {@code null}: written as the
	 * value, else as the error's detail of the same name, else as {@code null}.
	 */
	static void member(JsonGenerator generator, ApiError error, String name, @Nullable String value) {
		generator.writeName(name);
		if (value != null) {
			generator.writeString(value);
		}
		else {
			generator.writePOJO(error.getDetails().get(name));
		}
	}

	/**
	 * The error's details, left out where the node already has a member of that name: one
	 * of {@code own}, or {@code also} and {@code alsoToo} when not {@code null}.
	 */
	static void details(JsonGenerator generator, ApiError error, String[] own, @Nullable String also,
			@Nullable String alsoToo) {
		Map<String, Object> details = error.getDetails();
		if (details.isEmpty()) {
			return;
		}
		// forEach walks the map without the entry-set views and iterators
		details.forEach((name, value) -> {
			if (!name.equals(also) && !name.equals(alsoToo) && !isOneOf(name, own)) {
				generator.writeName(name);
				generator.writePOJO(value);
			}
		});
	}

	private static boolean isOneOf(String name, String[] names) {
		for (String candidate : names) {
			if (candidate.equals(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One violation as an object with the given member names, plus {@code rejected_value}
	 * when the classifier kept it (only with {@code expose-rejected-values}).
	 */
	static void violation(JsonGenerator generator, FieldViolation violation, String fieldMember, String messageMember) {
		generator.writeStartObject();
		generator.writeStringProperty(fieldMember, Members.fieldOf(violation));
		generator.writeStringProperty(messageMember, violation.message());
		rejectedValue(generator, violation);
		generator.writeEndObject();
	}

	/** The violation's rejected value, when the classifier kept it. */
	static void rejectedValue(JsonGenerator generator, FieldViolation violation) {
		if (violation.rejectedValue() != null) {
			generator.writeName("rejected_value");
			generator.writePOJO(violation.rejectedValue());
		}
	}

	/** Messages as an array of strings. */
	static void messages(JsonGenerator generator, List<?> messages) {
		generator.writeStartArray(messages, messages.size());
		for (Object message : messages) {
			generator.writeString((String) message);
		}
		generator.writeEndArray();
	}

}
