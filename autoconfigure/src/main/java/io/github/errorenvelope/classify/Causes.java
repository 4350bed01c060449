package io.github.errorenvelope.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

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
	public static <T> @Nullable T find(@Nullable Throwable failure, Class<T> type) {
		return first(failure, (cause) -> type.isInstance(cause) ? type.cast(cause) : null);
	}

	/**
	 * Whether a throwable of a chain, the outermost included, matches a test.
	 * @param failure the outermost throwable, may be {@code null}
	 * @param test the test
	 * @return whether one matches
	 */
	public static boolean anyMatch(@Nullable Throwable failure, Predicate<Throwable> test) {
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
	public static <T> @Nullable T first(@Nullable Throwable failure, Function<Throwable, T> answer) {
		for (Throwable link : chain(failure)) {
			T found = answer.apply(link);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * The links of a chain, the outermost first: at most 16, and each throwable once.
	 * @param failure the outermost throwable, may be {@code null}
	 * @return the links (empty for {@code null})
	 */
	public static List<Throwable> chain(@Nullable Throwable failure) {
		List<Throwable> links = new ArrayList<>(4);
		for (Throwable current = failure; current != null && links.size() < MAX_DEPTH
				&& !containsSame(links, current); current = current.getCause()) {
			links.add(current);
		}
		return links;
	}

	/**
	 * The throwable inside a chain's wrappers: the first link that is not a wrapper, or
	 * the innermost link when every one is.
	 * @param failure the outermost throwable, may be {@code null}
	 * @param wrapper tells a wrapper (such as {@code ServletException}) apart
	 * @return the unwrapped throwable, or {@code null} for {@code null}
	 */
	@Contract("!null, _ -> !null")
	public static @Nullable Throwable unwrap(@Nullable Throwable failure, Predicate<Throwable> wrapper) {
		List<Throwable> links = chain(failure);
		for (Throwable link : links) {
			if (!wrapper.test(link)) {
				return link;
			}
		}
		return links.isEmpty() ? null : links.get(links.size() - 1);
	}

	private static boolean containsSame(List<Throwable> links, Throwable candidate) {
		for (Throwable link : links) {
			if (link == candidate) {
				return true;
			}
		}
		return false;
	}

}
