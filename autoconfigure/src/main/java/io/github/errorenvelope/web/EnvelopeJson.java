package io.github.errorenvelope.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link ApiError} into the bytes of its response, for any HTTP stack: the
 * active style writes it with a generator of the application's {@link JsonMapper} into
 * memory (so a failure never leaves a half-written body), and knows the response headers
 * every envelope carries.
 */
public final class EnvelopeJson {

	/** The challenge of a 401 that names none, unless configured otherwise. */
	public static final String DEFAULT_CHALLENGE = "Bearer";

	private final ObjectWriter writer;

	private final EnvelopeStyle style;

	private final boolean streams;

	private final SharedWriteContext generators;

	private final String requestIdHeader;

	private final String defaultChallenge;

	/**
	 * Create the serializer.
	 * @param mapper the application's JSON mapper (the one its HTTP message converters
	 * use), so its configuration applies to envelopes too
	 * @param style the active style
	 * @param requestIdHeader the request-id header name
	 * @param defaultChallenge the {@code WWW-Authenticate} challenge of a 401 for which
	 * neither the error nor the response names one
	 */
	public EnvelopeJson(JsonMapper mapper, EnvelopeStyle style, String requestIdHeader, String defaultChallenge) {
		// one writer for every body: a writer per call costs more than the body itself
		this.writer = mapper.writer();
		this.style = style;
		this.generators = new SharedWriteContext(this.writer);
		this.streams = writesTreesAsStreamed(this.writer.getConfig()) && this.generators.writesTreeTypesAsJacksonDoes();
		this.requestIdHeader = requestIdHeader;
		this.defaultChallenge = defaultChallenge;
	}

	/**
	 * Render and serialize an error.
	 * @param error the error
	 * @return the JSON bytes
	 * @throws IOException if serialization fails
	 */
	public byte[] serialize(ApiError error) throws IOException {
		return buffer(error).toByteArray();
	}

	/**
	 * Render and serialize an error, then hand the complete body to a consumer, only once
	 * serialization has succeeded. The style writes straight to the generator, and a body
	 * that fits the generator's buffer is handed over from that buffer, without another
	 * copy in between.
	 * @param error the error
	 * @param consumer what sends the body, e.g. to the response's stream
	 * @return the body's length
	 * @throws IOException if serialization fails, or the consumer's own failure
	 */
	public int write(ApiError error, BodyConsumer consumer) throws IOException {
		if (!this.streams) {
			return buffer(error).handTo(consumer);
		}
		HandOver out = new HandOver(consumer);
		JsonGenerator generator = this.generators.createGenerator(out);
		boolean written = false;
		try {
			this.style.write(error, generator);
			int length = out.handOver(generator);
			written = true;
			return length;
		}
		catch (JacksonException ex) {
			out.rethrowConsumerFailure();
			throw new IOException("Error envelope could not be serialized", ex);
		}
		finally {
			out.ignoreTheRest();
			close(generator, written);
		}
	}

	private static void close(JsonGenerator generator, boolean written) {
		try {
			generator.close();
		}
		catch (JacksonException ex) {
			// a body cut short by a failure cannot always be closed; the failure is what
			// the caller hears about
			if (written) {
				throw ex;
			}
		}
	}

	/**
	 * Render and serialize an error into a buffer that is sent as it is.
	 * @param error the error
	 * @return the complete body
	 * @throws IOException if serialization fails
	 */
	public Body buffer(ApiError error) throws IOException {
		Body body = new Body(expectedSize(error));
		try {
			if (this.streams) {
				try (JsonGenerator generator = this.generators.createGenerator(body)) {
					this.style.write(error, generator);
				}
			}
			else {
				this.writer.writeValue(body, this.style.render(error));
			}
		}
		catch (JacksonException ex) {
			throw new IOException("Error envelope could not be serialized", ex);
		}
		return body;
	}

	/**
	 * Whether the mapper writes a body tree member by member as it is, so a style's
	 * {@link EnvelopeStyle#write streamed body} is the same JSON. An application that has
	 * its maps sorted, filtered or single-element lists unwrapped, or its own serializers
	 * for the tree's types, gets the tree itself.
	 */
	private static boolean writesTreesAsStreamed(SerializationConfig config) {
		JsonInclude.Include mapContent = config.getDefaultPropertyInclusion(Map.class).getContentInclusion();
		return !config.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
				&& !config.isEnabled(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
				&& !config.isEnabled(SerializationFeature.WRAP_ROOT_VALUE)
				&& config.isEnabled(SerializationFeature.WRITE_EMPTY_JSON_ARRAYS)
				&& (mapContent == JsonInclude.Include.ALWAYS || mapContent == JsonInclude.Include.USE_DEFAULTS);
	}

	/**
	 * A little more than the built-in styles write for an error (the members around the
	 * message, path and request id, each detail, each violation), so the buffer rarely
	 * grows and is not much larger than the body.
	 */
	private static int expectedSize(ApiError error) {
		return 160 + length(error.getMessage()) + length(error.getPath()) + 32 * error.getDetails().size()
				+ 112 * error.getViolations().size();
	}

	private static int length(@Nullable String text) {
		return (text != null) ? text.length() : 0;
	}

	/**
	 * Serialize a body tree to JSON.
	 * @param body the tree
	 * @return the bytes
	 * @throws IOException if serialization fails
	 */
	public byte[] toJson(Object body) throws IOException {
		try {
			return this.writer.writeValueAsBytes(body);
		}
		catch (JacksonException ex) {
			throw new IOException("Error envelope could not be serialized", ex);
		}
	}

	/** The content type of the active style's bodies. */
	public String contentType() {
		return this.style.contentType();
	}

	/** The header that carries the request id. */
	public String requestIdHeader() {
		return this.requestIdHeader;
	}

	/**
	 * The challenge a 401 carries when nothing else names one (RFC 9110 15.5.2 requires
	 * one).
	 */
	public String defaultChallenge() {
		return this.defaultChallenge;
	}

	/**
	 * The last-resort body when the envelope could not be produced as usual: the minimal
	 * 500 in the active style's shape when the style can still render it, else a fixed
	 * JSON body built without any pluggable code.
	 * @param minimal the minimal error (500, generic message, request id already known to
	 * be safe)
	 * @return the body and its content type
	 */
	public Rendered minimal(ApiError minimal) {
		try {
			return new Rendered(serialize(minimal), contentType());
		}
		catch (IOException | RuntimeException styleBroken) {
			String json = "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal server error.\"},"
					+ "\"request_id\":\"" + minimal.getRequestId() + "\"}";
			return new Rendered(json.getBytes(StandardCharsets.UTF_8), "application/json");
		}
	}

	/**
	 * A serialized body.
	 *
	 * @param body the bytes
	 * @param contentType their content type
	 */
	public record Rendered(byte[] body, String contentType) {
	}

	/**
	 * A body serialized completely in memory: its length is known before the response is
	 * touched, and {@link #writeTo(java.io.OutputStream)} hands its bytes to the response
	 * without copying them first.
	 */
	public static final class Body extends ByteArrayOutputStream {

		Body(int size) {
			super(size);
		}

		int handTo(BodyConsumer consumer) throws IOException {
			consumer.accept(this.buf, 0, this.count);
			return this.count;
		}

	}

	/**
	 * Receives a complete body. The bytes are only valid during the call: they may be the
	 * generator's own buffer.
	 */
	@FunctionalInterface
	public interface BodyConsumer {

		/**
		 * Send a body.
		 * @param bytes holds the body
		 * @param offset where the body starts in {@code bytes}
		 * @param length the body's length
		 * @throws IOException if sending fails
		 */
		void accept(byte[] bytes, int offset, int length) throws IOException;

	}

	/**
	 * Where the generator writes: keeps nothing while the style writes (the generator
	 * buffers the body), and when the body is complete hands the generator's buffer to
	 * the consumer as it is flushed. Only a body larger than that buffer, which the
	 * generator flushes on its way, is collected in memory first.
	 */
	private static final class HandOver extends OutputStream {

		private final BodyConsumer consumer;

		private @Nullable Body collected;

		private boolean handing;

		private int length;

		private boolean done;

		private @Nullable IOException consumerFailure;

		HandOver(BodyConsumer consumer) {
			this.consumer = consumer;
		}

		/** Hand the complete body to the consumer, and say how long it was. */
		int handOver(JsonGenerator generator) throws IOException {
			this.handing = true;
			generator.flush();
			if (!this.done) {
				// nothing was flushed (an empty body) or it was all collected already
				this.done = true;
				Body body = (this.collected != null) ? this.collected : new Body(0);
				this.length = body.handTo(this.consumer);
			}
			return this.length;
		}

		void rethrowConsumerFailure() throws IOException {
			if (this.consumerFailure != null) {
				throw this.consumerFailure;
			}
		}

		void ignoreTheRest() {
			this.done = true;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (this.done) {
				return;
			}
			if (!this.handing) {
				collect().write(bytes, offset, length);
				return;
			}
			this.done = true;
			try {
				if (this.collected == null) {
					this.consumer.accept(bytes, offset, length);
					this.length = length;
				}
				else {
					this.collected.write(bytes, offset, length);
					this.length = this.collected.handTo(this.consumer);
				}
			}
			catch (IOException ex) {
				this.consumerFailure = ex;
				throw ex;
			}
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		private Body collect() {
			if (this.collected == null) {
				this.collected = new Body(8192);
			}
			return this.collected;
		}

	}

}
