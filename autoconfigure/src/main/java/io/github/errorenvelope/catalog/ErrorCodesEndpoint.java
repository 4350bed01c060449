package io.github.errorenvelope.catalog;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code errorcodes} Actuator endpoint: the service's {@link ErrorCatalog} as JSON.
 * Like other endpoints that describe internals it is not exposed unless
 * {@code management.endpoints.web.exposure.include} names it.
 */
@Endpoint(id = "errorcodes")
public final class ErrorCodesEndpoint {

	private final Supplier<ErrorCatalog> catalog;

	/**
	 * Create the endpoint.
	 * @param catalog the catalogue it serves, assembled on first use
	 */
	public ErrorCodesEndpoint(Supplier<ErrorCatalog> catalog) {
		this.catalog = catalog;
	}

	/**
	 * The catalogue: the style and every code with status, type, messages, details and
	 * source.
	 */
	@ReadOperation
	public Map<String, Object> errorCodes() {
		return this.catalog.get().toTree();
	}

}
