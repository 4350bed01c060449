package io.github.errorenvelope.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.RawResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Wraps successful JSON responses in the active style's success envelope (the
 * {@code success-envelope} style's {@code {"data", "success", "message"}}). Left alone:
 * non-JSON bodies, resources and streams, 204 and non-2xx responses, Actuator endpoints
 * and API documentation (recognised by their handler types, wherever they are mapped),
 * and handlers annotated {@link RawResponse @RawResponse}.
 */
@RestControllerAdvice
public class SuccessEnvelopeAdvice implements ResponseBodyAdvice<Object> {

	private final EnvelopeStyle style;

	private final Map<Object, Boolean> decisions = new ConcurrentHashMap<>();

	private final InfrastructureHandlers infrastructure = new InfrastructureHandlers(
			SuccessEnvelopeAdvice.class.getClassLoader());

	/**
	 * Create the advice.
	 * @param style the style whose success envelope is used
	 */
	public SuccessEnvelopeAdvice(EnvelopeStyle style) {
		this.style = style;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		// a style that does not wrap successes must cost successful responses nothing
		if (!this.style.wrapsSuccess() || !AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType)) {
			return false;
		}
		Method method = returnType.getMethod();
		if (method == null) {
			return isWrappable(returnType);
		}
		// decided once per handler method: Spring hands in a new return-type parameter
		// per response, and its annotation lookup runs a merged-annotation search every
		// time
		Object key = HandlerMethodKeys.of(returnType.getContainingClass(), method);
		Boolean known = this.decisions.get(key);
		if (known == null) {
			known = isWrappable(returnType);
			this.decisions.put(key, known);
		}
		return known;
	}

	private boolean isWrappable(MethodParameter returnType) {
		return !returnType.hasMethodAnnotation(RawResponse.class)
				&& !returnType.getContainingClass().isAnnotationPresent(RawResponse.class)
				&& !returnType.getDeclaringClass().isAnnotationPresent(RawResponse.class)
				&& !this.infrastructure.isInfrastructure(returnType.getContainingClass())
				&& !this.infrastructure.isInfrastructure(returnType.getDeclaringClass());
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof Resource || body instanceof ProblemDetail || !isJson(selectedContentType)
				|| !isWrappableStatus(response)) {
			return body;
		}
		return new JsonTree(this.style.wrapSuccess(body));
	}

	private static boolean isJson(MediaType type) {
		return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || (type.getSubtype() != null
				&& type.getSubtype().endsWith("+json") && !"problem+json".equals(type.getSubtype())));
	}

	private static boolean isWrappableStatus(ServerHttpResponse response) {
		if (response instanceof ServletServerHttpResponse servlet) {
			int status = servlet.getServletResponse().getStatus();
			return status >= 200 && status < 300 && status != HttpStatus.NO_CONTENT.value();
		}
		return true;
	}

}
