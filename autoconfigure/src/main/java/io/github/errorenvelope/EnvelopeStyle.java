package io.github.errorenvelope;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Renders an {@link ApiError} into a response body: an ordered tree of maps, lists,
 * strings, numbers and booleans that the writer serializes as JSON, or the same body
 * written straight to a JSON generator. The built-in styles implement this interface;
 * declare a bean of it to render any other shape.
 */
public interface EnvelopeStyle {

	/**
	 * Build the body for an error. Codes arrive already renamed and cased;
	 * implementations must not add anything the {@code ApiError} does not carry (no
	 * exception data, no stack traces).
	 * @param error the error to render
	 * @return the body tree (typically a {@code LinkedHashMap})
	 */
	Object render(ApiError error);

	/**
	 * Write the body for an error straight to a JSON generator, so a writer that streams
	 * builds no body tree per response. The default writes the tree of
	 * {@link #render(ApiError)}, so a style that only renders keeps working; an
	 * implementation must write the same JSON as that tree, and writes values of
	 * arbitrary type (details, rejected values) with
	 * {@link JsonGenerator#writePOJO(Object)} so the application's Jackson configuration
	 * applies to them.
	 * @param error the error to render
	 * @param generator where the body goes; the caller closes it
	 */
	default void write(ApiError error, JsonGenerator generator) {
		generator.writePOJO(render(error));
	}

	/**
	 * The response content type; {@code application/json} unless the format defines its
	 * own.
	 */
	default String contentType() {
		return "application/json";
	}

	/**
	 * The code case applied to codes when {@code error-envelope.code-case} is not set.
	 */
	default CodeCase defaultCodeCase() {
		return CodeCase.AS_IS;
	}

	/**
	 * Output codes this style uses for canonical codes unless the application renames
	 * them, for formats with their own code catalogue (e.g. numeric codes).
	 * @param canonicalCode the canonical code, e.g. {@code VALIDATION_ERROR}
	 * @return the style's code, or {@code null} to keep the canonical one
	 */
	default @Nullable String defaultCodeFor(String canonicalCode) {
		return null;
	}

	/**
	 * Wrap a successful response body, for styles whose format envelopes successes too.
	 * @param body the controller's body (may be {@code null})
	 * @return the body to write; the default returns it unchanged
	 */
	default @Nullable Object wrapSuccess(@Nullable Object body) {
		return body;
	}

	/**
	 * Whether {@link #wrapSuccess(Object)} changes bodies, so the success wrapper is
	 * installed.
	 */
	default boolean wrapsSuccess() {
		return false;
	}

}
