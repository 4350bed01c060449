package io.github.errorenvelope.classify;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Walks a cause chain safely: at most 16 links, and a chain that loops back on itself (a
 * cause cycle, which {@code initCause} cannot always prevent) ends the walk instead of
 * spinning forever.
 */
public final class Causes {

	private static final int MAX_DEPTH = 16;

	private Causes() {
	}

	/**
	 * The first throwable in a chain, the outermost included, that is an instance of a
	 * type.
	 * @param <T> the type
	 * @param failure the outermost throwable, may be {@code null}
	 * @param type the type to look for
	 * @return the first match, or {@code null}
	 */
	public static <T> T find(Throwable failure, Class<T> type) {
		return first(failure, (cause) -> type.isInstance(cause) ? type.cast(cause) : null);
	}

	/**
	 * Whether a throwable of a chain, the outermost included, matches a test.
	 * @param failure the outermost throwable, may be {@code null}
	 * @param test the test
	 * @return whether one matches
	 */
	public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
		return first(failure, (cause) -> test.test(cause) ? cause : null) != null;
	}

	/**
	 * The first answer a function gives for a throwable of a chain, the outermost first.
	 * @param <T> the answer's type
	 * @param failure the outermost throwable, may be {@code null}
	 * @param answer gives an answer for one throwable, or {@code null} to go on to its
	 * cause
	 * @return the first answer, or {@code null}
	 */
	public static <T> T first(Throwable failure, Function<Throwable, T> answer) {
		Throwable current = failure;
		Throwable slow = failure;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			T found = answer.apply(current);
			if (found != null) {
				return found;
			}
			current = current.getCause();
			if ((depth & 1) == 1) {
				slow = slow.getCause();
			}
			if (current == slow) {
				return null;
			}
		}
		return null;
	}

}
