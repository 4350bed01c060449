package io.github.errorenvelope.client;

/**
 * Registers the application's exceptions with the auto-configured
 * {@link ErrorCodeExceptions}, for classes outside the scanned packages or codes that
 * need a factory.
 */
@FunctionalInterface
public interface ErrorCodeExceptionsCustomizer {

	/**
	 * Register exceptions.
	 * @param exceptions the registry
	 */
	void customize(ErrorCodeExceptions exceptions);

}
