package io.github.errorenvelope.adoption;

/** The service's own exception, answered by its own advice (no starter annotation). */
public class OwnerNotFoundException extends RuntimeException {

	private final long ownerId;

	public OwnerNotFoundException(long ownerId) {
		super("Owner " + ownerId + " not found");
		this.ownerId = ownerId;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

}
