package io.github.errorenvelope.autoconfigure;

/** Settings of the springdoc-openapi integration. */
public class OpenApiProperties {

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
