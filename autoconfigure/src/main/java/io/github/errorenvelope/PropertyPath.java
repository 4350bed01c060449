package io.github.errorenvelope;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parsed property path such as {@code items[0].quantity} or {@code tags[key]}: names
 * and bracketed indexes or keys, in order.
 */
public final class PropertyPath {

	private PropertyPath() {
	}

	/**
	 * One step of a path.
	 *
	 * @param name the property name, or {@code null} for an index or key step
	 * @param key the text inside brackets, or {@code null} for a name step
	 */
	public record Step(@Nullable String name, @Nullable String key) {

		/** Whether this step is a property name. */
		public boolean isName() {
			return this.name != null;
		}

		/** The numeric index of a bracket step, or -1 when it is not a number. */
		public int index() {
			if (this.key == null || this.key.isEmpty() || this.key.length() > 9) {
				return -1;
			}
			for (int i = 0; i < this.key.length(); i++) {
				if (!Character.isDigit(this.key.charAt(i))) {
					return -1;
				}
			}
			return Integer.parseInt(this.key);
		}

	}

	/**
	 * Parse a path.
	 * @param path the path, may be empty
	 * @return its steps
	 */
	public static List<Step> parse(@Nullable String path) {
		List<Step> steps = new ArrayList<>();
		scan(path, (text, start, end, name) -> steps
			.add(name ? new Step(text.substring(start, end), null) : new Step(null, text.substring(start, end))));
		return steps;
	}

	/**
	 * Read the steps of a path as ranges of its text, for callers that need no list of
	 * steps.
	 * @param path the path, may be {@code null}
	 * @param steps told of each step in order
	 */
	static void scan(@Nullable String path, StepRanges steps) {
		if (path == null) {
			return;
		}
		int i = 0;
		int length = path.length();
		while (i < length) {
			char c = path.charAt(i);
			if (c == '.') {
				i++;
			}
			else if (c == '[') {
				int close = path.indexOf(']', i);
				if (close < 0) {
					close = length;
				}
				steps.step(path, i + 1, close, false);
				i = close + 1;
			}
			else {
				int end = i;
				while (end < length && path.charAt(end) != '.' && path.charAt(end) != '[') {
					end++;
				}
				steps.step(path, i, end, true);
				i = end;
			}
		}
	}

	/** Receives the steps of a path as ranges of its text. */
	@FunctionalInterface
	interface StepRanges {

		/**
		 * One step.
		 * @param path the whole path
		 * @param start where the step's name or bracketed text starts
		 * @param end where it ends (exclusive)
		 * @param name whether it is a property name rather than an index or key
		 */
		void step(String path, int start, int end, boolean name);

	}

	/**
	 * Join steps back into a path.
	 * @param steps the steps
	 * @return e.g. {@code items[0].quantity}
	 */
	public static String join(List<Step> steps) {
		StringBuilder out = new StringBuilder();
		for (Step step : steps) {
			if (step.isName()) {
				if (out.length() > 0) {
					out.append('.');
				}
				out.append(step.name());
			}
			else {
				out.append('[').append(step.key()).append(']');
			}
		}
		return out.toString();
	}

}
