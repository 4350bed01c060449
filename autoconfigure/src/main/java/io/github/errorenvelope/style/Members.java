package io.github.errorenvelope.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;

import org.jspecify.annotations.Nullable;

/** Small building blocks the built-in styles share. */
final class Members {

	/**
	 * The key used for violations that concern the whole request rather than one field.
	 */
	static final String WHOLE_REQUEST = "request";

	private Members() {
	}

	/**
	 * An ordered map, the node type of every body tree, sized for its members: a map of
	 * the default size allocates a table for sixteen.
	 * @param members how many members it gets (at most)
	 */
	static Map<String, Object> object(int members) {
		return new LinkedHashMap<>((members * 4 + 2) / 3);
	}

	/** A violation's field, or {@link #WHOLE_REQUEST} when it has none. */
	static String fieldOf(FieldViolation violation) {
		return (violation.field() != null) ? violation.field() : WHOLE_REQUEST;
	}

	/**
	 * Violation messages grouped by field, fields in first-seen order, in a map with room
	 * for the error's details too.
	 */
	static Map<String, Object> messagesByField(ApiError error) {
		Map<String, Object> grouped = object(error.getViolations().size() + error.getDetails().size());
		for (FieldViolation violation : error.getViolations()) {
			@SuppressWarnings("unchecked")
			List<String> messages = (List<String>) grouped.computeIfAbsent(fieldOf(violation),
					key -> new ArrayList<String>(1));
			messages.add(violation.message());
		}
		return grouped;
	}

	/**
	 * One violation as an object with the given member names, plus {@code rejected_value}
	 * when the classifier kept it (only with {@code expose-rejected-values}).
	 */
	static Map<String, Object> violation(FieldViolation violation, String fieldMember, String messageMember) {
		Map<String, Object> entry = object(3);
		entry.put(fieldMember, fieldOf(violation));
		entry.put(messageMember, violation.message());
		if (violation.rejectedValue() != null) {
			entry.put("rejected_value", violation.rejectedValue());
		}
		return entry;
	}

	/**
	 * Add the error's extra details to a node, never replacing a member the style
	 * defines.
	 */
	static void addDetails(Map<String, Object> node, ApiError error) {
		Map<String, Object> details = error.getDetails();
		if (!details.isEmpty()) {
			// forEach walks the map without the entry-set views and iterators
			details.forEach(node::putIfAbsent);
		}
	}

	/**
	 * How many members a node with the given own members gets once the error's details
	 * are added.
	 */
	static int withDetails(int members, ApiError error) {
		return members + error.getDetails().size();
	}

	/** Put a member only when the value is not {@code null}. */
	static void putIfPresent(Map<String, Object> node, String name, @Nullable Object value) {
		if (value != null) {
			node.put(name, value);
		}
	}

}
