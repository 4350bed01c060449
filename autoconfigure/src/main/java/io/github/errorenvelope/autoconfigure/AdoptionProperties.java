package io.github.errorenvelope.autoconfigure;

/** Help for adding the starter to an existing service. */
public class AdoptionProperties {

	/**
	 * Whether a WARN at startup names the application's catch-all exception handlers that
	 * answer framework errors before the envelope.
	 */
	private boolean warnShadowing = true;

	public boolean isWarnShadowing() {
		return this.warnShadowing;
	}

	public void setWarnShadowing(boolean warnShadowing) {
		this.warnShadowing = warnShadowing;
	}

}
