package io.github.errorenvelope.classify;

import java.util.List;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;

import org.jspecify.annotations.Nullable;

/**
 * The default message of a validation error: each violation as a sentence, in request
 * order, ending "… and N more." when the list was cut, e.g.
 * {@code "name: must not be blank. items[0].quantity: must be greater than 0."}.
 */
public final class ViolationSentences {

	/** The detail member that counts the violations left out of the list. */
	public static final String OMITTED_DETAIL = "omitted_violations";

	private ViolationSentences() {
	}

	/**
	 * Give an error whose message nobody set the joined sentences of its violations as
	 * its default message; any other error is left as it is.
	 * @param error the error being finished
	 */
	public static void complete(ApiError.Builder error) {
		if (error.getMessage() == null) {
			List<FieldViolation> violations = error.getViolations();
			if (!violations.isEmpty()) {
				error.defaultMessage(joined(violations, omitted(error)));
			}
		}
	}

	private static int omitted(ApiError.Builder error) {
		return (error.getDetails().get(OMITTED_DETAIL) instanceof Number count) ? count.intValue() : 0;
	}

	/**
	 * The violations as sentences.
	 * @param violations the violations
	 * @param omitted how many violations were left out of the list
	 * @return the joined sentences, or {@code null} when there are no violations
	 */
	public static @Nullable String joined(List<FieldViolation> violations, int omitted) {
		if (violations.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder(violations.size() * 48);
		for (int i = 0; i < violations.size(); i++) {
			if (i > 0) {
				text.append(' ');
			}
			FieldViolation violation = violations.get(i);
			appendSentence(text, violation.field(), violation.message());
		}
		if (omitted > 0) {
			text.append(" \u2026 and ").append(omitted).append(" more.");
		}
		return text.toString();
	}

	private static void appendSentence(StringBuilder text, @Nullable String field, @Nullable String message) {
		if (field != null && !field.isEmpty()) {
			text.append(field).append(": ");
		}
		String sentence = (message != null) ? message.strip() : "is invalid";
		text.append(sentence);
		if (!sentence.endsWith(".") && !sentence.endsWith("!") && !sentence.endsWith("?")) {
			text.append('.');
		}
	}

}
