package io.github.errorenvelope.client;

import java.util.Map;

import org.springframework.http.MediaType;

/**
 * Reads one envelope style back into an {@link ErrorEnvelope}. The six built-in styles
 * have readers; declare a bean of this type to read a custom {@code EnvelopeStyle} (it is
 * asked before the built-ins).
 */
public interface EnvelopeReader {

	/**
	 * The style name, e.g. {@code nested-error}; also the value
	 * {@code error-envelope.client.style} selects.
	 */
	String style();

	/**
	 * Whether a body has this style's shape.
	 * @param body the parsed JSON object (maps, lists, strings, numbers, booleans)
	 * @param contentType the response content type, or {@code null}
	 * @return whether {@link #read} understands it
	 */
	boolean recognises(Map<String, Object> body, MediaType contentType);

	/**
	 * Copy code, type, message, violations, details and request id from the body into the
	 * view. Status, raw body, style and {@code Retry-After} are set by the decoder.
	 * @param body the parsed JSON object
	 * @param envelope the view being built
	 */
	void read(Map<String, Object> body, ErrorEnvelope.Builder envelope);

}
