package io.github.errorenvelope.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.RawResponse;
import io.github.errorenvelope.catalog.ErrorDefinition;
import io.github.errorenvelope.catalog.ErrorDefinitions;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Documents on every operation the error responses it can really produce (see
 * {@link HandlerErrors}), each with the envelope schema and one example per code in the
 * active style; a status the application documented itself (its own {@code @ApiResponse})
 * is left alone. For styles that wrap successful responses, the operation's JSON success
 * schemas are wrapped the same way.
 */
public class ErrorResponsesOperationCustomizer implements GlobalOperationCustomizer {

	private final ErrorSamples samples;

	private final HandlerErrors handlerErrors;

	private final OperationSecurity security;

	private final ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings;

	private final ErrorResponseFactory responses;

	private final Supplier<SpecVersion> version;

	/**
	 * Create the customizer.
	 * @param samples renders sample errors through the pipeline
	 * @param definitions describes errors under the current configuration
	 * @param security which security statuses apply to an operation
	 * @param handlerMappings the handler mappings, to find an operation's paths
	 * @param requestIdHeader the request-id header name
	 * @param version the OpenAPI version of the document being built
	 */
	public ErrorResponsesOperationCustomizer(ErrorSamples samples, ErrorDefinitions definitions,
			OperationSecurity security, ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings,
			String requestIdHeader, Supplier<SpecVersion> version) {
		this.samples = samples;
		this.handlerErrors = new HandlerErrors(definitions);
		this.security = security;
		this.handlerMappings = handlerMappings;
		this.responses = new ErrorResponseFactory(samples, requestIdHeader);
		this.version = version;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses documented = operation.getResponses();
		SpecVersion specVersion = this.version.get();
		if (this.samples.style().wrapsSuccess() && !isRaw(handler) && HandlerErrors.producesBody(handler)) {
			wrapSuccesses(documented, new SchemaFactory(specVersion));
		}
		Set<RequestMappingInfo> mappings = mappingsOf(handler);
		String path = mappings.stream().flatMap(info -> info.getPatternValues().stream()).findFirst().orElse(null);
		List<FieldViolation> violations = this.handlerErrors.sampleViolations(handler);
		Map<Integer, List<ApiError>> byStatus = new TreeMap<>();
		for (ErrorDefinition definition : this.handlerErrors.of(handler, this.security.statuses(handler, mappings))) {
			byStatus.computeIfAbsent(definition.status(), status -> new ArrayList<>())
				.add(this.samples.sample(definition, path, violations));
		}
		byStatus.forEach((status, errors) -> {
			// the application's own @ApiResponse (or advice) for a status wins
			if (!documented.containsKey(String.valueOf(status))) {
				documented.addApiResponse(String.valueOf(status), this.responses.create(status, errors, specVersion));
			}
		});
		return operation;
	}

	private Set<RequestMappingInfo> mappingsOf(HandlerMethod handler) {
		Set<RequestMappingInfo> found = new LinkedHashSet<>();
		this.handlerMappings.orderedStream().forEach(mapping -> {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				if (entry.getValue().getMethod().equals(handler.getMethod())) {
					found.add(entry.getKey());
				}
			}
		});
		return found;
	}

	private static boolean isRaw(HandlerMethod handler) {
		return handler.hasMethodAnnotation(RawResponse.class)
				|| handler.getBeanType().isAnnotationPresent(RawResponse.class);
	}

	private static void wrapSuccesses(ApiResponses documented, SchemaFactory schemas) {
		for (Map.Entry<String, ApiResponse> response : documented.entrySet()) {
			String status = response.getKey();
			Content content = response.getValue().getContent();
			if (!status.startsWith("2") || status.equals("204") || content == null) {
				continue;
			}
			for (Map.Entry<String, MediaType> media : content.entrySet()) {
				if (isJson(media.getKey()) && media.getValue().getSchema() != null) {
					media.getValue().setSchema(wrapper(media.getValue().getSchema(), schemas));
				}
			}
		}
	}

	private static boolean isJson(String mediaType) {
		return mediaType.equals("*/*") || mediaType.startsWith("application/json")
				|| (mediaType.contains("+json") && !mediaType.contains("problem+json"));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<Object> wrapper(Schema data, SchemaFactory schemas) {
		Schema<Object> wrapper = schemas.typed("object");
		wrapper.setDescription("A successful response in the success envelope.");
		wrapper.addProperty("data", data);
		wrapper.addProperty("success", schemas.typed("boolean"));
		wrapper.addProperty("message", schemas.typed("string"));
		wrapper.setRequired(List.of("data", "success", "message"));
		return wrapper;
	}

}
