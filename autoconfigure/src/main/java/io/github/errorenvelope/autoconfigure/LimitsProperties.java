package io.github.errorenvelope.autoconfigure;

import org.springframework.util.unit.DataSize;

/** Limits on what a request may make the service read. */
public class LimitsProperties {

	/**
	 * Largest request body read (JSON and other non-form bodies; multipart and form posts
	 * have the container's limits). Larger bodies get 413 PAYLOAD_TOO_LARGE. {@code -1}
	 * disables.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(10);

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

}
