package io.github.errorenvelope.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.style.BuiltInStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

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
	private @Nullable CodeCase codeCase;

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

	@NestedConfigurationProperty
	private final AdoptionProperties adoption = new AdoptionProperties();

	@NestedConfigurationProperty
	private final RequestIdProperties requestId = new RequestIdProperties();

	@NestedConfigurationProperty
	private final SuccessEnvelopeProperties successEnvelope = new SuccessEnvelopeProperties();

	@NestedConfigurationProperty
	private final ProblemDetailProperties problemDetail = new ProblemDetailProperties();

	@NestedConfigurationProperty
	private final LoggingProperties logging = new LoggingProperties();

	@NestedConfigurationProperty
	private final LimitsProperties limits = new LimitsProperties();

	@NestedConfigurationProperty
	private final ContainerErrorsProperties containerErrors = new ContainerErrorsProperties();

	@NestedConfigurationProperty
	private final OpenApiProperties openapi = new OpenApiProperties();

	@NestedConfigurationProperty
	private final CatalogProperties catalog = new CatalogProperties();

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

	public @Nullable CodeCase getCodeCase() {
		return this.codeCase;
	}

	public void setCodeCase(@Nullable CodeCase codeCase) {
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

	public AdoptionProperties getAdoption() {
		return this.adoption;
	}

	public RequestIdProperties getRequestId() {
		return this.requestId;
	}

	public SuccessEnvelopeProperties getSuccessEnvelope() {
		return this.successEnvelope;
	}

	public ProblemDetailProperties getProblemDetail() {
		return this.problemDetail;
	}

	public LoggingProperties getLogging() {
		return this.logging;
	}

	public LimitsProperties getLimits() {
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

	public ContainerErrorsProperties getContainerErrors() {
		return this.containerErrors;
	}

	public OpenApiProperties getOpenapi() {
		return this.openapi;
	}

	public CatalogProperties getCatalog() {
		return this.catalog;
	}

}
