package io.github.errorenvelope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The collections of an {@link ApiError.Builder}: created on first use, handed to the
 * error it builds without a copy, and copied before a change once handed over, so a built
 * error never changes.
 */
final class ErrorMembers {

	private @Nullable List<FieldViolation> violations;

	private @Nullable Map<String, Object> details;

	private @Nullable Map<String, String> headers;

	/** Whether the collections now belong to a built error as well. */
	private boolean handedOver;

	ErrorMembers() {
	}

	ErrorMembers(List<FieldViolation> violations, Map<String, Object> details, Map<String, String> headers) {
		this.violations = violations.isEmpty() ? null : new ArrayList<>(violations);
		this.details = details.isEmpty() ? null : new LinkedHashMap<>(details);
		this.headers = headers.isEmpty() ? null : new LinkedHashMap<>(headers);
	}

	void addViolation(FieldViolation violation) {
		takeBack();
		if (this.violations == null) {
			this.violations = new ArrayList<>();
		}
		this.violations.add(violation);
	}

	void setViolations(List<FieldViolation> violations) {
		takeBack();
		this.violations = violations.isEmpty() ? null : new ArrayList<>(violations);
	}

	void putDetail(String name, @Nullable Object value) {
		takeBack();
		this.details = put(this.details, name, value);
	}

	void putHeader(String name, @Nullable String value) {
		takeBack();
		this.headers = put(this.headers, name, value);
	}

	private static <V> @Nullable Map<String, V> put(@Nullable Map<String, V> members, String name, @Nullable V value) {
		if (value == null) {
			if (members != null) {
				members.remove(name);
			}
			return members;
		}
		// most errors carry one or two members: no room for 16
		Map<String, V> target = (members != null) ? members : new LinkedHashMap<>(4);
		target.put(name, value);
		return target;
	}

	private void takeBack() {
		if (this.handedOver) {
			this.handedOver = false;
			this.violations = (this.violations != null) ? new ArrayList<>(this.violations) : null;
			this.details = (this.details != null) ? new LinkedHashMap<>(this.details) : null;
			this.headers = (this.headers != null) ? new LinkedHashMap<>(this.headers) : null;
		}
	}

	/** Mark the collections as shared with a built error. */
	ErrorMembers handOver() {
		this.handedOver = true;
		return this;
	}

	List<FieldViolation> violations() {
		return (this.violations != null) ? Collections.unmodifiableList(this.violations) : List.of();
	}

	Map<String, Object> details() {
		return (this.details != null) ? Collections.unmodifiableMap(this.details) : Map.of();
	}

	Map<String, String> headers() {
		return (this.headers != null) ? Collections.unmodifiableMap(this.headers) : Map.of();
	}

}
