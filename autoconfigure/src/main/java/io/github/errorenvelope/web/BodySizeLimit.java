package io.github.errorenvelope.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import io.github.errorenvelope.classify.PayloadTooLargeException;

import org.jspecify.annotations.Nullable;

/**
 * Enforces {@code error-envelope.limits.max-body-size} on request bodies other than
 * multipart and form posts (which have the container's own limits): a declared
 * {@code Content-Length} over the limit is refused before anything is read, and a chunked
 * body fails as soon as it passes the limit.
 */
public final class BodySizeLimit {

	private final long maxBytes;

	/**
	 * Create the limit.
	 * @param maxBytes the most bytes a body may have; zero or negative disables the limit
	 */
	public BodySizeLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** Whether the limit is switched off. */
	public boolean isDisabled() {
		return this.maxBytes <= 0;
	}

	/**
	 * Check a request's declared size.
	 * @param request the request
	 * @return the exception to answer with when the declared size is over the limit, else
	 * {@code null}
	 */
	public @Nullable PayloadTooLargeException checkDeclared(HttpServletRequest request) {
		if (isDisabled() || request.getContentLengthLong() <= this.maxBytes || !applies(request)) {
			return null;
		}
		return new PayloadTooLargeException(this.maxBytes);
	}

	/**
	 * Guard a request whose size is not declared, so reading past the limit fails.
	 * @param request the request
	 * @return the request to pass on
	 */
	public HttpServletRequest guard(HttpServletRequest request) {
		if (isDisabled() || request.getContentLengthLong() >= 0 || !mayHaveUndeclaredBody(request)
				|| !applies(request)) {
			return request;
		}
		return new LimitedRequest(request, this.maxBytes);
	}

	/**
	 * Whether a request without {@code Content-Length} can carry a body: in HTTP/1.x only
	 * a chunked one (RFC 9112 §6.3: without either header the body is empty), so a
	 * bodiless {@code GET} is not wrapped; HTTP/2 and later frame bodies without either
	 * header.
	 */
	private static boolean mayHaveUndeclaredBody(HttpServletRequest request) {
		String protocol = request.getProtocol();
		return protocol == null || !protocol.startsWith("HTTP/1.") || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean applies(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return true;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private @Nullable ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int value = this.delegate.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.delegate.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws PayloadTooLargeException {
			this.read += bytes;
			if (this.read > this.maxBytes) {
				throw new PayloadTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
