package io.github.errorenvelope.autoconfigure;

/** Settings of the {@code problem-detail} style. */
public class ProblemDetailProperties {

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
