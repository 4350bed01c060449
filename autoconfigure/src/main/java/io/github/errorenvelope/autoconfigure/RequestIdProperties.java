package io.github.errorenvelope.autoconfigure;

/** Request-id settings. */
public class RequestIdProperties {

	/** The request and response header that carries the id. */
	private String header = "x-request-id";

	/** Whether a valid incoming id (1-128 chars of [A-Za-z0-9._:-]) is reused. */
	private boolean trustIncoming = true;

	/** The SLF4J MDC key holding the id during the request. */
	private String mdcKey = "requestId";

	/**
	 * Whether the current trace id (Micrometer Tracing) is used as the request id when a
	 * trace is active; the filters then run inside the server observation.
	 */
	private boolean useTraceId = false;

	/**
	 * Whether the header is added to Access-Control-Expose-Headers of cross-origin
	 * responses the application's CORS configuration admits, so browser scripts can read
	 * it.
	 */
	private boolean exposeInCors = true;

	public boolean isExposeInCors() {
		return this.exposeInCors;
	}

	public void setExposeInCors(boolean exposeInCors) {
		this.exposeInCors = exposeInCors;
	}

	public boolean isUseTraceId() {
		return this.useTraceId;
	}

	public void setUseTraceId(boolean useTraceId) {
		this.useTraceId = useTraceId;
	}

	public String getHeader() {
		return this.header;
	}

	public void setHeader(String header) {
		this.header = header;
	}

	public boolean isTrustIncoming() {
		return this.trustIncoming;
	}

	public void setTrustIncoming(boolean trustIncoming) {
		this.trustIncoming = trustIncoming;
	}

	public String getMdcKey() {
		return this.mdcKey;
	}

	public void setMdcKey(String mdcKey) {
		this.mdcKey = mdcKey;
	}

}
