package io.github.errorenvelope.client;

import java.util.Optional;

/** Finding the {@link ErrorEnvelope} behind an exception a client call threw. */
public final class ErrorEnvelopes {

	private ErrorEnvelopes() {
	}

	/**
	 * The envelope carried by an exception or any of its causes: the typed client
	 * exceptions, and application exceptions thrown in their place (which have the typed
	 * exception as their cause).
	 * @param exception what a client call threw
	 * @return the envelope, if the exception came from an error response
	 */
	public static Optional<ErrorEnvelope> from(Throwable exception) {
		for (Throwable current = exception; current != null; current = current.getCause()) {
			if (current instanceof ErrorEnvelopeResponseException typed) {
				return Optional.of(typed.getEnvelope());
			}
			if (current instanceof EnvelopeCarrier carrier) {
				return Optional.of(carrier.getEnvelope());
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return Optional.empty();
	}

	/**
	 * The exception message for a decoded response: status, code, message and request id,
	 * or the start of the body when it is not an envelope.
	 * @param envelope the decoded response
	 * @return the message
	 */
	public static String describe(ErrorEnvelope envelope) {
		StringBuilder text = new StringBuilder().append(envelope.getStatus());
		if (envelope.isEnvelope()) {
			if (envelope.getCode() != null) {
				text.append(' ').append(envelope.getCode());
			}
			if (envelope.getMessage() != null) {
				text.append(": ").append(envelope.getMessage());
			}
		}
		else {
			String body = envelope.getRawBody().strip();
			text.append(" (not an error envelope)");
			if (!body.isEmpty()) {
				text.append(": ").append((body.length() > 200) ? body.substring(0, 200) + "…" : body);
			}
		}
		if (envelope.getRequestId() != null) {
			text.append(" [request_id=").append(envelope.getRequestId()).append(']');
		}
		return text.toString();
	}

	/**
	 * An exception other than {@link ErrorEnvelopeResponseException} that carries an
	 * envelope (WebClient's).
	 */
	public interface EnvelopeCarrier {

		/** The decoded error response. */
		ErrorEnvelope getEnvelope();

	}

}
