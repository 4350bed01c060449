package io.github.errorenvelope.testapp;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A body whose JSON read failures the tests provoke: wrong type, bad enum, missing
 * required field.
 */
public record TypedRequest(Integer count, Status status, @JsonProperty(required = true) String name) {

	public enum Status {

		OPEN, CLOSED

	}

}
