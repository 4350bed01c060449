package io.github.errorenvelope.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.style.BuiltInStyle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of Error Envelope, under {@code error-envelope.*}.
 */
@ConfigurationProperties("error-envelope")
public class ErrorEnvelopeProperties {

	/** Whether Error Envelope handles errors at all. */
	private boolean enabled = true;

	/** The envelope style every error is rendered in. */
	private BuiltInStyle style = BuiltInStyle.NESTED_ERROR;

	/**
	 * Output codes by canonical code, e.g. {@code VALIDATION_ERROR=9000}. A renamed code
	 * is written exactly as given.
	 */
	private Map<String, String> codes = new LinkedHashMap<>();

	/** How codes are cased on output; unset means the style's default. */
	private CodeCase codeCase;

	/**
	 * Error types (groups) by HTTP status, overriding the defaults, e.g.
	 * {@code 404=missing}.
	 */
	private Map<Integer, String> types = new LinkedHashMap<>();

	/**
	 * Status, code, type and message for exception classes you cannot annotate, keyed
	 * {@code <fully.qualified.ExceptionClass>.<status|code|type|message>}; superclasses
	 * and interfaces are searched.
	 */
	private Map<String, String> exceptions = new LinkedHashMap<>();

	/**
	 * Whether 5xx responses show the exception's own message (never do this in
	 * production).
	 */
	private boolean exposeInternalMessages = false;

	/** Whether field violations echo the rejected value. */
	private boolean exposeRejectedValues = false;

	/** The most field violations one response lists; the rest are counted as omitted. */
	private int maxViolations = 50;

	/**
	 * The {@code WWW-Authenticate} challenge sent with a 401 that names none itself (RFC
	 * 9110 requires one): neither Spring Security's entry point nor the exception's
	 * {@code @ErrorCode(challenge)}.
	 */
	private String wwwAuthenticate = "Bearer";

	/**
	 * Who answers framework errors when the application has catch-all exception handlers
	 * ({@code @ExceptionHandler(Exception.class)}, a
	 * {@code ResponseEntityExceptionHandler}): {@code application-first} lets every
	 * application handler answer first; {@code envelope-first} answers Spring MVC, Spring
	 * Security, Bean Validation and {@code @ErrorCode} exceptions with the envelope ahead
	 * of those catch-alls, while handlers for specific exception types still win.
	 */
	private Precedence precedence = Precedence.APPLICATION_FIRST;

	private final Adoption adoption = new Adoption();

	private final RequestId requestId = new RequestId();

	private final SuccessEnvelope successEnvelope = new SuccessEnvelope();

	private final ProblemDetail problemDetail = new ProblemDetail();

	private final Logging logging = new Logging();

	private final Limits limits = new Limits();

	private final ContainerErrors containerErrors = new ContainerErrors();

	private final OpenApi openapi = new OpenApi();

	private final Catalog catalog = new Catalog();

	public String getWwwAuthenticate() {
		return this.wwwAuthenticate;
	}

	public void setWwwAuthenticate(String wwwAuthenticate) {
		this.wwwAuthenticate = wwwAuthenticate;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public BuiltInStyle getStyle() {
		return this.style;
	}

	public void setStyle(BuiltInStyle style) {
		this.style = style;
	}

	public Map<String, String> getCodes() {
		return this.codes;
	}

	public void setCodes(Map<String, String> codes) {
		this.codes = codes;
	}

	public CodeCase getCodeCase() {
		return this.codeCase;
	}

	public void setCodeCase(CodeCase codeCase) {
		this.codeCase = codeCase;
	}

	public Map<Integer, String> getTypes() {
		return this.types;
	}

	public void setTypes(Map<Integer, String> types) {
		this.types = types;
	}

	public Map<String, String> getExceptions() {
		return this.exceptions;
	}

	public void setExceptions(Map<String, String> exceptions) {
		this.exceptions = exceptions;
	}

	public boolean isExposeInternalMessages() {
		return this.exposeInternalMessages;
	}

	public void setExposeInternalMessages(boolean exposeInternalMessages) {
		this.exposeInternalMessages = exposeInternalMessages;
	}

	public boolean isExposeRejectedValues() {
		return this.exposeRejectedValues;
	}

	public void setExposeRejectedValues(boolean exposeRejectedValues) {
		this.exposeRejectedValues = exposeRejectedValues;
	}

	public int getMaxViolations() {
		return this.maxViolations;
	}

	public void setMaxViolations(int maxViolations) {
		this.maxViolations = maxViolations;
	}

	public Precedence getPrecedence() {
		return this.precedence;
	}

	public void setPrecedence(Precedence precedence) {
		this.precedence = precedence;
	}

	public Adoption getAdoption() {
		return this.adoption;
	}

	public RequestId getRequestId() {
		return this.requestId;
	}

	public SuccessEnvelope getSuccessEnvelope() {
		return this.successEnvelope;
	}

	public ProblemDetail getProblemDetail() {
		return this.problemDetail;
	}

	public Logging getLogging() {
		return this.logging;
	}

	public Limits getLimits() {
		return this.limits;
	}

	/**
	 * Who answers framework errors first when the application has catch-all exception
	 * handlers.
	 */
	public enum Precedence {

		/**
		 * Every exception handler of the application answers before the envelope (the
		 * default).
		 */
		APPLICATION_FIRST,

		/**
		 * The envelope answers Spring MVC, Spring Security, Bean Validation and
		 * {@code @ErrorCode} exceptions ahead of the application's catch-all handlers;
		 * specific handlers still win.
		 */
		ENVELOPE_FIRST

	}

	/** Help for adding the starter to an existing service. */
	public static class Adoption {

		/**
		 * Whether a WARN at startup names the application's catch-all exception handlers
		 * that answer framework errors before the envelope.
		 */
		private boolean warnShadowing = true;

		public boolean isWarnShadowing() {
			return this.warnShadowing;
		}

		public void setWarnShadowing(boolean warnShadowing) {
			this.warnShadowing = warnShadowing;
		}

	}

	/** Limits on what a request may make the service read. */
	public static class Limits {

		/**
		 * Largest request body read (JSON and other non-form bodies; multipart and form
		 * posts have the container's limits). Larger bodies get 413 PAYLOAD_TOO_LARGE.
		 * {@code -1} disables.
		 */
		private DataSize maxBodySize = DataSize.ofMegabytes(10);

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

	}

	/**
	 * How error responses are logged (one line each, logger
	 * io.github.errorenvelope.ErrorEnvelope).
	 */
	public static class Logging {

		/**
		 * Log levels by status range ({@code 4xx}), exact status ({@code 404}) or
		 * exception class name, most specific first; {@code off} silences. Defaults: 5xx
		 * at ERROR, others at DEBUG.
		 */
		private Map<String, LogLevel> levels = new LinkedHashMap<>();

		/**
		 * How long one logged stack trace covers repeats of the same failure (same
		 * exception class, route, message template and cause classes); repeats log one
		 * line with the count and the request id whose line carries the trace. {@code 0}
		 * logs every trace.
		 */
		private Duration repeatWindow = Duration.ofSeconds(60);

		public Map<String, LogLevel> getLevels() {
			return this.levels;
		}

		public void setLevels(Map<String, LogLevel> levels) {
			this.levels = levels;
		}

		public Duration getRepeatWindow() {
			return this.repeatWindow;
		}

		public void setRepeatWindow(Duration repeatWindow) {
			this.repeatWindow = repeatWindow;
		}

	}

	public ContainerErrors getContainerErrors() {
		return this.containerErrors;
	}

	public OpenApi getOpenapi() {
		return this.openapi;
	}

	public Catalog getCatalog() {
		return this.catalog;
	}

	/** Settings of the springdoc-openapi integration. */
	public static class OpenApi {

		/**
		 * Whether the OpenAPI document (springdoc) gets the envelope schema and every
		 * operation's error responses.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Settings of the error-code catalogue (the errorcodes endpoint and ERROR-CODES
	 * files).
	 */
	public static class Catalog {

		/**
		 * Locales whose error.<CODE> translations the catalogue lists besides the default
		 * message.
		 */
		private List<Locale> locales = new ArrayList<>();

		public List<Locale> getLocales() {
			return this.locales;
		}

		public void setLocales(List<Locale> locales) {
			this.locales = locales;
		}

	}

	/** Request-id settings. */
	public static class RequestId {

		/** The request and response header that carries the id. */
		private String header = "x-request-id";

		/** Whether a valid incoming id (1-128 chars of [A-Za-z0-9._:-]) is reused. */
		private boolean trustIncoming = true;

		/** The SLF4J MDC key holding the id during the request. */
		private String mdcKey = "requestId";

		/**
		 * Whether the current trace id (Micrometer Tracing) is used as the request id
		 * when a trace is active; the filters then run inside the server observation.
		 */
		private boolean useTraceId = false;

		/**
		 * Whether the header is added to Access-Control-Expose-Headers of cross-origin
		 * responses the application's CORS configuration admits, so browser scripts can
		 * read it.
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

	/** Settings of the {@code success-envelope} style. */
	public static class SuccessEnvelope {

		/**
		 * Whether successful JSON responses are wrapped in {"data", "success", "message"}
		 * too.
		 */
		private boolean wrapSuccess = true;

		public boolean isWrapSuccess() {
			return this.wrapSuccess;
		}

		public void setWrapSuccess(boolean wrapSuccess) {
			this.wrapSuccess = wrapSuccess;
		}

	}

	/** Settings of the {@code problem-detail} style. */
	public static class ProblemDetail {

		/**
		 * Base URI that turns codes into problem {@code type} URIs (base + code in kebab
		 * case); unset means {@code about:blank}.
		 */
		private String typeBaseUri;

		public String getTypeBaseUri() {
			return this.typeBaseUri;
		}

		public void setTypeBaseUri(String typeBaseUri) {
			this.typeBaseUri = typeBaseUri;
		}

	}

	/** Settings for the errors the servlet container renders itself (Tomcat only). */
	public static class ContainerErrors {

		/**
		 * Whether the errors Tomcat answers before any filter runs (malformed request
		 * line or headers, rejected paths, size limits) are rendered in the envelope
		 * instead of Tomcat's HTML page.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
