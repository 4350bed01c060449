package io.github.errorenvelope.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import io.github.errorenvelope.util.BoundedCache;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Recognises the handlers of Spring Boot Actuator's web endpoints and of the API
 * documentation (springdoc's OpenAPI and Swagger UI resources) by their types, so their
 * responses keep the format the tools reading them expect — wherever they are mapped:
 * under a context path, a servlet path, a WebFlux base path, a custom management base
 * path, an additional health path or on the management port. Stack-free: Spring MVC's and
 * WebFlux's success wrappers share it.
 */
public final class InfrastructureHandlers {

	/**
	 * The handler types of Spring Boot 4's Actuator web endpoints on Spring MVC and on
	 * WebFlux (the operation and links handlers are nested in the endpoint handler
	 * mappings) and of springdoc's resources on both stacks; each is looked up only when
	 * its library is on the classpath.
	 */
	private static final String[] HANDLER_OWNERS = {
			"org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping",
			"org.springframework.boot.webflux.actuate.endpoint.web.AbstractWebFluxEndpointHandlerMapping",
			"org.springdoc.api.AbstractOpenApiResource", "org.springdoc.api.AbstractMultipleOpenApiResource",
			"org.springdoc.ui.AbstractSwaggerWelcome", "org.springdoc.webmvc.ui.SwaggerConfigResource",
			"org.springdoc.webflux.ui.SwaggerConfigResource", "org.springdoc.scalar.AbstractScalarController" };

	/**
	 * Actuator's (deprecated) controller endpoints: application-written handlers that are
	 * endpoints.
	 */
	private static final String[] ENDPOINT_ANNOTATIONS = {
			"org.springframework.boot.actuate.endpoint.web.annotation.ControllerEndpoint",
			"org.springframework.boot.actuate.endpoint.web.annotation.RestControllerEndpoint" };

	private final List<Class<?>> owners = new ArrayList<>();

	private final List<Class<? extends Annotation>> endpointAnnotations = new ArrayList<>();

	private final BoundedCache<Class<?>, Boolean> decisions = new BoundedCache<>();

	/**
	 * Resolve the infrastructure types present on the class path.
	 * @param classLoader the class loader to look them up with
	 */
	@SuppressWarnings("unchecked")
	public InfrastructureHandlers(ClassLoader classLoader) {
		for (String name : HANDLER_OWNERS) {
			if (ClassUtils.isPresent(name, classLoader)) {
				this.owners.add(ClassUtils.resolveClassName(name, classLoader));
			}
		}
		for (String name : ENDPOINT_ANNOTATIONS) {
			if (ClassUtils.isPresent(name, classLoader)) {
				this.endpointAnnotations
					.add((Class<? extends Annotation>) ClassUtils.resolveClassName(name, classLoader));
			}
		}
	}

	/**
	 * Whether a handler class serves Actuator or API documentation.
	 * @param handlerType the class declaring or containing the handler method
	 * @return {@code true} for infrastructure handlers
	 */
	public boolean isInfrastructure(Class<?> handlerType) {
		if (this.owners.isEmpty() && this.endpointAnnotations.isEmpty()) {
			return false;
		}
		return this.decisions.get(handlerType, this::decide);
	}

	private boolean decide(Class<?> handlerType) {
		for (Class<?> type = handlerType; type != null; type = type.getEnclosingClass()) {
			for (Class<?> owner : this.owners) {
				if (owner.isAssignableFrom(type)) {
					return true;
				}
			}
		}
		for (Class<? extends Annotation> annotation : this.endpointAnnotations) {
			if (AnnotatedElementUtils.hasAnnotation(handlerType, annotation)) {
				return true;
			}
		}
		return false;
	}

}
