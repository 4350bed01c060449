package io.github.errorenvelope.autoconfigure;

/** Settings of the {@code success-envelope} style. */
public class SuccessEnvelopeProperties {

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
