package io.github.errorenvelope.autoconfigure;

/** Settings for the errors the servlet container renders itself (Tomcat only). */
public class ContainerErrorsProperties {

	/**
	 * Whether the errors Tomcat answers before any filter runs (malformed request line or
	 * headers, rejected paths, size limits) are rendered in the envelope instead of
	 * Tomcat's HTML page.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
