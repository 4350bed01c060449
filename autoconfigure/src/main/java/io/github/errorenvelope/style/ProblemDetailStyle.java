package io.github.errorenvelope.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.FieldViolation;
import tools.jackson.core.JsonGenerator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The {@code problem-detail} style (RFC 9457, {@code application/problem+json}):
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus the
 * extension members {@code code}, {@code request_id} and {@code errors} (each with a JSON
 * {@code pointer} for body fields or a {@code parameter} name, and {@code detail}). Extra
 * details are extension members. With a type base URI, {@code type} is that URI plus the
 * code in kebab case.
 */
public final class ProblemDetailStyle implements EnvelopeStyle {

	/**
	 * The members every body has before its details, besides {@code instance} and
	 * {@code errors}.
	 */
	private static final String[] MEMBERS = { "type", "title", "status", "detail", "code", "request_id" };

	private final @Nullable String typeBaseUri;

	/**
	 * Create the style.
	 * @param typeBaseUri the base of {@code type} URIs, or {@code null} for
	 * {@code about:blank}
	 */
	public ProblemDetailStyle(@Nullable String typeBaseUri) {
		this.typeBaseUri = (typeBaseUri == null || typeBaseUri.isBlank()) ? null
				: (typeBaseUri.endsWith("/") ? typeBaseUri : typeBaseUri + "/");
	}

	@Override
	public Object render(ApiError error) {
		Map<String, Object> body = Members.object(Members.withDetails(8, error));
		body.put("type", typeOf(error.getCode()));
		body.put("title", title(error.getStatus()));
		body.put("status", error.getStatus());
		body.put("detail", error.getMessage());
		Members.putIfPresent(body, "instance", error.getPath());
		body.put("code", error.getCode());
		body.put("request_id", error.getRequestId());
		if (!error.getViolations().isEmpty()) {
			List<Object> errors = new ArrayList<>(error.getViolations().size());
			for (FieldViolation violation : error.getViolations()) {
				errors.add(entry(violation));
			}
			body.put("errors", errors);
		}
		Members.addDetails(body, error);
		return body;
	}

	@Override
	public void write(ApiError error, JsonGenerator generator) {
		List<FieldViolation> violations = error.getViolations();
		generator.writeStartObject();
		generator.writeStringProperty("type", typeOf(error.getCode()));
		generator.writeStringProperty("title", title(error.getStatus()));
		generator.writeNumberProperty("status", error.getStatus());
		GeneratorMembers.member(generator, error, "detail", error.getMessage());
		if (error.getPath() != null) {
			generator.writeStringProperty("instance", error.getPath());
		}
		GeneratorMembers.member(generator, error, "code", error.getCode());
		GeneratorMembers.member(generator, error, "request_id", error.getRequestId());
		if (!violations.isEmpty()) {
			generator.writeName("errors");
			generator.writeStartArray(violations, violations.size());
			for (FieldViolation violation : violations) {
				writeEntry(generator, violation);
			}
			generator.writeEndArray();
		}
		GeneratorMembers.details(generator, error, MEMBERS, (error.getPath() != null) ? "instance" : null,
				violations.isEmpty() ? null : "errors");
		generator.writeEndObject();
	}

	@Override
	public String contentType() {
		return "application/problem+json";
	}

	@Override
	public CodeCase defaultCodeCase() {
		return CodeCase.UPPER_SNAKE;
	}

	private String typeOf(@Nullable String code) {
		if (this.typeBaseUri == null || code == null) {
			return "about:blank";
		}
		return this.typeBaseUri + code.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	private static void writeEntry(JsonGenerator generator, FieldViolation violation) {
		generator.writeStartObject();
		if (violation.location() == FieldViolation.Location.BODY) {
			generator.writeStringProperty("pointer", violation.jsonPointer());
		}
		else {
			generator.writeStringProperty("parameter", Members.fieldOf(violation));
		}
		generator.writeStringProperty("detail", violation.message());
		GeneratorMembers.rejectedValue(generator, violation);
		generator.writeEndObject();
	}

	private static Map<String, Object> entry(FieldViolation violation) {
		Map<String, Object> entry = Members.object(3);
		if (violation.location() == FieldViolation.Location.BODY) {
			entry.put("pointer", violation.jsonPointer());
		}
		else {
			entry.put("parameter", Members.fieldOf(violation));
		}
		entry.put("detail", violation.message());
		if (violation.rejectedValue() != null) {
			entry.put("rejected_value", violation.rejectedValue());
		}
		return entry;
	}

}
