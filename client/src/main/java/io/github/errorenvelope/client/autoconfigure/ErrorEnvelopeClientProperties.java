package io.github.errorenvelope.client.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration of the Error Envelope client ({@code error-envelope.client.*}). */
@ConfigurationProperties("error-envelope.client")
public class ErrorEnvelopeClientProperties {

	/**
	 * Whether Spring Boot's RestClient, RestTemplate and WebClient builders get the
	 * client features.
	 */
	private boolean enabled = true;

	/**
	 * Style tried first when decoding error responses; other styles are still recognised
	 * from the body. Defaults to error-envelope.style when that is set, else 'auto'
	 * (recognise every style).
	 */
	private String style;

	private final RequestId requestId = new RequestId();

	private final Exceptions exceptions = new Exceptions();

	private final Retry retry = new Retry();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getStyle() {
		return this.style;
	}

	public void setStyle(String style) {
		this.style = style;
	}

	public RequestId getRequestId() {
		return this.requestId;
	}

	public Exceptions getExceptions() {
		return this.exceptions;
	}

	public Retry getRetry() {
		return this.retry;
	}

	/** Request-id forwarding. */
	public static class RequestId {

		/** Whether outgoing calls carry the request id of the work being done. */
		private boolean forward = true;

		/**
		 * Header the request id is sent in and read from. Defaults to
		 * error-envelope.request-id.header, else x-request-id.
		 */
		private String header;

		/**
		 * MDC key (and Reactor context key) of the request id. Defaults to
		 * error-envelope.request-id.mdc-key, else requestId.
		 */
		private String mdcKey;

		public boolean isForward() {
			return this.forward;
		}

		public void setForward(boolean forward) {
			this.forward = forward;
		}

		public String getHeader() {
			return this.header;
		}

		public void setHeader(String header) {
			this.header = header;
		}

		public String getMdcKey() {
			return this.mdcKey;
		}

		public void setMdcKey(String mdcKey) {
			this.mdcKey = mdcKey;
		}

	}

	/** The application's exception classes thrown for error codes. */
	public static class Exceptions {

		/**
		 * Whether the application's packages are scanned for exception classes annotated
		 * with @ErrorCode.
		 */
		private boolean scan = true;

		/** Further packages to scan, e.g. of a shared library of exceptions. */
		private List<String> packages = new ArrayList<>();

		public boolean isScan() {
			return this.scan;
		}

		public void setScan(boolean scan) {
			this.scan = scan;
		}

		public List<String> getPackages() {
			return this.packages;
		}

		public void setPackages(List<String> packages) {
			this.packages = packages;
		}

	}

	/** Repeating calls answered with "try again later". */
	public static class Retry {

		/** Whether calls answered with one of the statuses are repeated. */
		private boolean enabled;

		/** Most times a call is sent, the first one included. */
		private int maxAttempts = 3;

		/**
		 * Longest wait before a repeat; a longer Retry-After gives the error response at
		 * once.
		 */
		private Duration maxDelay = Duration.ofSeconds(10);

		/** Wait before a repeat when the response has no Retry-After. */
		private Duration defaultDelay = Duration.ofSeconds(1);

		/** Statuses that are repeated. */
		private Set<Integer> statuses = new LinkedHashSet<>(List.of(429, 503));

		/** Methods that are repeated; by default the idempotent ones. */
		private Set<String> methods = new LinkedHashSet<>(List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"));

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public Duration getDefaultDelay() {
			return this.defaultDelay;
		}

		public void setDefaultDelay(Duration defaultDelay) {
			this.defaultDelay = defaultDelay;
		}

		public Set<Integer> getStatuses() {
			return this.statuses;
		}

		public void setStatuses(Set<Integer> statuses) {
			this.statuses = statuses;
		}

		public Set<String> getMethods() {
			return this.methods;
		}

		public void setMethods(Set<String> methods) {
			this.methods = methods;
		}

	}

}
