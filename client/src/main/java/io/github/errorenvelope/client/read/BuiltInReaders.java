package io.github.errorenvelope.client.read;

import java.util.List;

import io.github.errorenvelope.client.EnvelopeReader;

/**
 * The readers of the six built-in styles, in the order a body's shape is tried against
 * them.
 */
public final class BuiltInReaders {

	private BuiltInReaders() {
	}

	/**
	 * All built-in readers: the most distinctive shapes first, {@code flat} (a few
	 * top-level members) last.
	 * @return the readers
	 */
	public static List<EnvelopeReader> all() {
		return List.of(new ProblemDetailReader(), new StatusObjectReader(), new NestedErrorReader(), new ClaidReader(),
				new SuccessEnvelopeReader(), new FlatReader());
	}

}
