package io.github.errorenvelope.style;

import io.github.errorenvelope.EnvelopeStyle;

import org.jspecify.annotations.Nullable;

/** The built-in envelope styles, selected with {@code error-envelope.style}. */
public enum BuiltInStyle {

	/**
	 * {@code error_code}, {@code error_type}, {@code error_message},
	 * {@code error_details}.
	 */
	CLAID,

	/**
	 * {@code data}, {@code success}, {@code message}, {@code errors}; successes wrapped
	 * too.
	 */
	SUCCESS_ENVELOPE,

	/**
	 * {@code error.code}, {@code error.message}, {@code error.details},
	 * {@code request_id} (default).
	 */
	NESTED_ERROR,

	/**
	 * {@code message}, {@code type}, {@code code}, {@code param}, {@code request_id},
	 * {@code errors}.
	 */
	FLAT,

	/**
	 * {@code status.code} (numeric), {@code status.description}, {@code status.details},
	 * {@code status.req_id}.
	 */
	STATUS_OBJECT,

	/**
	 * RFC 9457 problem details with {@code code}, {@code request_id} and {@code errors}.
	 */
	PROBLEM_DETAIL;

	/**
	 * Create the style.
	 * @param wrapSuccess whether {@code success-envelope} wraps successful responses
	 * @param typeBaseUri the {@code problem-detail} type base URI, or {@code null}
	 * @return the style
	 */
	public EnvelopeStyle create(boolean wrapSuccess, @Nullable String typeBaseUri) {
		return switch (this) {
			case CLAID -> new ClaidStyle();
			case SUCCESS_ENVELOPE -> new SuccessEnvelopeStyle(wrapSuccess);
			case NESTED_ERROR -> new NestedErrorStyle();
			case FLAT -> new FlatStyle();
			case STATUS_OBJECT -> new StatusObjectStyle();
			case PROBLEM_DETAIL -> new ProblemDetailStyle(typeBaseUri);
		};
	}

}
