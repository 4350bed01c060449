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
		scan(path, steps, PropertyPath::addStep);
		return steps;
	}

	private static void addStep(List<Step> steps, String path, int start, int end, boolean name) {
		String text = path.substring(start, end);
		steps.add(name ? new Step(text, null) : new Step(null, text));
	}

	/**
	 * Read the steps of a path as ranges of its text, for callers that need no list of
	 * steps.
	 * @param <C> the type of what the steps are gathered into
	 * @param path the path, may be {@code null}
	 * @param into what the steps are gathered into, handed to {@code steps} with each (so
	 * a caller needs no capturing lambda)
	 * @param steps told of each step in order
	 */
	static <C> void scan(@Nullable String path, C into, StepRanges<C> steps) {
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
				steps.step(into, path, i + 1, close, false);
				i = close + 1;
			}
			else {
				int end = i;
				while (end < length && path.charAt(end) != '.' && path.charAt(end) != '[') {
					end++;
				}
				steps.step(into, path, i, end, true);
				i = end;
			}
		}
	}

	/**
	 * Receives the steps of a path as ranges of its text.
	 *
	 * @param <C> the type of what the steps are gathered into
	 */
	@FunctionalInterface
	interface StepRanges<C> {

		/**
		 * One step.
		 * @param into what the steps are gathered into
		 * @param path the whole path
		 * @param start where the step's name or bracketed text starts
		 * @param end where it ends (exclusive)
		 * @param name whether it is a property name rather than an index or key
		 */
		void step(C into, String path, int start, int end, boolean name);

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
