package io.github.errorenvelope.autoconfigure;

import org.jspecify.annotations.Nullable;

/** Settings of the {@code problem-detail} style. */
public class ProblemDetailProperties {

	/**
	 * Base URI that turns codes into problem {@code type} URIs (base + code in kebab
	 * case); unset means {@code about:blank}.
	 */
	private @Nullable String typeBaseUri;

	public @Nullable String getTypeBaseUri() {
		return this.typeBaseUri;
	}

	public void setTypeBaseUri(@Nullable String typeBaseUri) {
		this.typeBaseUri = typeBaseUri;
	}

}
