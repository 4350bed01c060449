package io.github.errorenvelope.client.read;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.errorenvelope.client.ErrorEnvelope;

/** Small helpers the built-in readers share for reading a parsed JSON tree. */
final class Members {

	private Members() {
	}

	/**
	 * A member as a nested object, or {@code null} when it is absent or not an object.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Map<String, Object> node, String name) {
		Object value = node.get(name);
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
	}

	/** A member as a list, or an empty list when it is absent or not a list. */
	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> node, String name) {
		Object value = node.get(name);
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

	/** A scalar member as text (numbers as their digits), or {@code null}. */
	static String text(Map<String, Object> node, String name) {
		Object value = node.get(name);
		return (value instanceof String || value instanceof Number || value instanceof Boolean) ? String.valueOf(value)
				: null;
	}

	/**
	 * Whether a value is a non-empty list of strings, the shape of "field → messages".
	 */
	static boolean isMessageList(Object value) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			return false;
		}
		for (Object item : list) {
			if (!(item instanceof String)) {
				return false;
			}
		}
		return true;
	}

	/** Add each list element that is an object with the given members as a violation. */
	static void violations(List<Object> entries, String fieldMember, String messageMember,
			ErrorEnvelope.Builder envelope) {
		for (Object entry : entries) {
			if (entry instanceof Map<?, ?> map && map.get(fieldMember) != null) {
				envelope.violation(String.valueOf(map.get(fieldMember)), String.valueOf(map.get(messageMember)));
			}
		}
	}

	/** Copy every member not named in {@code known} into the details. */
	static void details(Map<String, Object> node, Set<String> known, ErrorEnvelope.Builder envelope) {
		for (Map.Entry<String, Object> member : node.entrySet()) {
			if (!known.contains(member.getKey())) {
				envelope.detail(member.getKey(), member.getValue());
			}
		}
	}

}
