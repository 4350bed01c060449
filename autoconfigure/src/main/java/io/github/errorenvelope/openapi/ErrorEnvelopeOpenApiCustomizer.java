package io.github.errorenvelope.openapi;

import io.github.errorenvelope.catalog.ErrorDefinitions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Completes the document once every operation is built: registers the envelope and
 * violation component schemas the error responses refer to, and documents the request-id
 * header on every response of every operation, the application's own responses included.
 */
public class ErrorEnvelopeOpenApiCustomizer implements GlobalOpenApiCustomizer {

	private final EnvelopeSchemas schemas;

	private final ErrorResponseFactory responses;

	private final String requestIdHeader;

	/**
	 * Create the customizer.
	 * @param samples renders sample errors through the pipeline
	 * @param definitions describes errors under the current configuration
	 * @param requestIdHeader the request-id header name
	 */
	public ErrorEnvelopeOpenApiCustomizer(ErrorSamples samples, ErrorDefinitions definitions, String requestIdHeader) {
		this.schemas = new EnvelopeSchemas(samples, definitions);
		this.responses = new ErrorResponseFactory(samples, requestIdHeader);
		this.requestIdHeader = requestIdHeader;
	}

	@Override
	public void customise(OpenAPI openApi) {
		this.schemas.register(openApi);
		if (openApi.getPaths() == null) {
			return;
		}
		SpecVersion version = (openApi.getSpecVersion() != null) ? openApi.getSpecVersion() : SpecVersion.V30;
		for (PathItem path : openApi.getPaths().values()) {
			path.readOperations().forEach(operation -> {
				if (operation.getResponses() != null) {
					for (ApiResponse response : operation.getResponses().values()) {
						if (response.get$ref() == null && (response.getHeaders() == null
								|| !response.getHeaders().containsKey(this.requestIdHeader))) {
							response.addHeaderObject(this.requestIdHeader, this.responses.requestIdHeader(version));
						}
					}
				}
			});
		}
	}

}
