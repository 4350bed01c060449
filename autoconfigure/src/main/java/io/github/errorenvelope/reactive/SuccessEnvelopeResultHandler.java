package io.github.errorenvelope.reactive;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.RawResponse;
import io.github.errorenvelope.web.HandlerMethodKeys;
import io.github.errorenvelope.web.InfrastructureHandlers;
import io.github.errorenvelope.web.JsonTree;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.HandlerResult;
import org.springframework.web.reactive.HandlerResultHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseBodyResultHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityResultHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Wraps the successful JSON bodies of annotated WebFlux controllers in the active style's
 * success envelope: a {@code Mono} or plain value as {@code data}, a {@code Flux}
 * collected into a JSON array, a {@code ResponseEntity}'s body keeping its status and
 * headers. Left alone, as on Spring MVC: text, bytes, resources and problem details,
 * streams ({@code text/event-stream}, {@code application/x-ndjson}), 204 and non-2xx
 * responses, Actuator and OpenAPI endpoints (recognised by their handler types, wherever
 * they are mapped), and handlers annotated {@link RawResponse @RawResponse}. The wrapped
 * result is written by WebFlux's own body and entity result handlers, so content
 * negotiation and codecs stay Spring's.
 */
public final class SuccessEnvelopeResultHandler implements HandlerResultHandler, Ordered {

	/**
	 * Ahead of WebFlux's {@code ResponseEntityResultHandler} (0) and
	 * {@code ResponseBodyResultHandler} (100).
	 */
	public static final int ORDER = -10;

	private static final MethodParameter WRAPPED_BODY = returnTypeOf("wrappedBody");

	private static final MethodParameter WRAPPED_ENTITY = returnTypeOf("wrappedEntity");

	private static final List<Class<?>> RAW_BODY_TYPES = List.of(CharSequence.class, byte[].class, Resource.class,
			DataBuffer.class, ServerSentEvent.class, ProblemDetail.class, Void.class, void.class);

	private static final List<MediaType> STREAMING = List.of(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_NDJSON);

	private final EnvelopeStyle style;

	private final ObjectProvider<ResponseBodyResultHandler> bodies;

	private final ObjectProvider<ResponseEntityResultHandler> entities;

	private final ReactiveAdapterRegistry adapters = ReactiveAdapterRegistry.getSharedInstance();

	private final Map<Object, Wrapping> decisions = new ConcurrentHashMap<>();

	private final InfrastructureHandlers infrastructure = new InfrastructureHandlers(
			SuccessEnvelopeResultHandler.class.getClassLoader());

	/**
	 * Create the handler.
	 * @param style the style whose success envelope is used
	 * @param bodies WebFlux's body result handler, which writes wrapped bodies
	 * @param entities WebFlux's entity result handler, which writes wrapped entities
	 */
	public SuccessEnvelopeResultHandler(EnvelopeStyle style, ObjectProvider<ResponseBodyResultHandler> bodies,
			ObjectProvider<ResponseEntityResultHandler> entities) {
		this.style = style;
		this.bodies = bodies;
		this.entities = entities;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public boolean supports(HandlerResult result) {
		if (!this.style.wrapsSuccess() || !(result.getHandler() instanceof HandlerMethod handler)) {
			return false;
		}
		return wrappingOf(handler, result) != Wrapping.NONE;
	}

	/**
	 * How a handler's results are wrapped, decided once per handler method: the checks
	 * search merged annotations and resolve generic types.
	 */
	private Wrapping wrappingOf(HandlerMethod handler, HandlerResult result) {
		Object key = HandlerMethodKeys.of(handler.getBeanType(), handler.getMethod());
		Wrapping known = this.decisions.get(key);
		if (known == null) {
			known = decide(handler, result);
			this.decisions.put(key, known);
		}
		return known;
	}

	private Wrapping decide(HandlerMethod handler, HandlerResult result) {
		Class<?> beanType = handler.getBeanType();
		MethodParameter returnType = result.getReturnTypeSource();
		boolean entity = isEntity(result.getReturnType());
		boolean responseBody = AnnotatedElementUtils.hasAnnotation(beanType, ResponseBody.class)
				|| returnType.hasMethodAnnotation(ResponseBody.class);
		boolean wrappable = (entity || responseBody) && !handler.hasMethodAnnotation(RawResponse.class)
				&& !beanType.isAnnotationPresent(RawResponse.class)
				&& !handler.getMethod().getDeclaringClass().isAnnotationPresent(RawResponse.class)
				&& !this.infrastructure.isInfrastructure(beanType)
				&& !this.infrastructure.isInfrastructure(handler.getMethod().getDeclaringClass())
				&& isWrappable(bodyType(result.getReturnType(), entity));
		if (!wrappable) {
			return Wrapping.NONE;
		}
		return entity ? Wrapping.ENTITY : Wrapping.BODY;
	}

	@Override
	public Mono<Void> handleResult(ServerWebExchange exchange, HandlerResult result) {
		boolean entity = (result.getHandler() instanceof HandlerMethod handler)
				? wrappingOf(handler, result) == Wrapping.ENTITY : isEntity(result.getReturnType());
		if (!isWrappableExchange(exchange)) {
			return entity ? this.entities.getObject().handleResult(exchange, result)
					: this.bodies.getObject().handleResult(exchange, result);
		}
		if (entity) {
			Mono<ResponseEntity<?>> wrapped = single(result).map((value) -> wrapEntity((HttpEntity<?>) value));
			return this.entities.getObject().handleResult(exchange, rewritten(result, wrapped, WRAPPED_ENTITY));
		}
		Mono<Object> wrapped = body(result).map(this::wrap);
		return this.bodies.getObject().handleResult(exchange, rewritten(result, wrapped, WRAPPED_BODY));
	}

	private ResponseEntity<?> wrapEntity(HttpEntity<?> entity) {
		if (!(entity instanceof ResponseEntity<?> response)) {
			return ResponseEntity.ok().headers(entity.getHeaders()).body(wrapBody(entity.getBody()));
		}
		HttpStatusCode status = response.getStatusCode();
		if (!status.is2xxSuccessful() || status.value() == 204 || !isWrappableValue(response.getBody())) {
			return response;
		}
		return ResponseEntity.status(status).headers(response.getHeaders()).body(wrapBody(response.getBody()));
	}

	private @Nullable Object wrapBody(@Nullable Object body) {
		return isWrappableValue(body) ? wrap(body) : body;
	}

	/**
	 * The style's envelope around a body, in a holder that Jackson writes without a map
	 * serializer per response.
	 */
	private Object wrap(@Nullable Object body) {
		return JsonTree.of(this.style.wrapSuccess(body));
	}

	/**
	 * The return value as one value: a single-value publisher's item, or the value
	 * itself.
	 */
	private Mono<Object> single(HandlerResult result) {
		Object value = result.getReturnValue();
		ReactiveAdapter adapter = this.adapters.getAdapter(result.getReturnType().resolve(), value);
		return (adapter != null) ? Mono.from(adapter.toPublisher(value)) : Mono.justOrEmpty(value);
	}

	/**
	 * The body: a multi-value publisher collected into a list (a JSON array), else the
	 * single value.
	 */
	private Mono<Object> body(HandlerResult result) {
		Object value = result.getReturnValue();
		ReactiveAdapter adapter = this.adapters.getAdapter(result.getReturnType().resolve(), value);
		if (adapter != null && adapter.isMultiValue()) {
			return Flux.from(adapter.toPublisher(value)).collectList().cast(Object.class);
		}
		return single(result);
	}

	private boolean isEntity(ResolvableType returnType) {
		Class<?> type = returnType.resolve(Object.class);
		ReactiveAdapter adapter = this.adapters.getAdapter(type);
		Class<?> valueType = (adapter != null) ? returnType.getGeneric().resolve(Object.class) : type;
		return HttpEntity.class.isAssignableFrom(valueType);
	}

	/** The declared type of the body: inside the publisher and the entity. */
	private ResolvableType bodyType(ResolvableType returnType, boolean entity) {
		ResolvableType type = returnType;
		if (this.adapters.getAdapter(type.resolve(Object.class)) != null) {
			type = type.getGeneric();
		}
		if (entity) {
			type = type.as(HttpEntity.class).getGeneric();
		}
		return type;
	}

	private boolean isWrappable(ResolvableType bodyType) {
		Class<?> type = bodyType.resolve(Object.class);
		// a publisher inside an entity streams its own body
		if (this.adapters.getAdapter(type) != null) {
			return false;
		}
		return RAW_BODY_TYPES.stream().noneMatch((raw) -> raw.isAssignableFrom(type));
	}

	private static boolean isWrappableValue(@Nullable Object body) {
		if (body == null) {
			return true;
		}
		for (Class<?> raw : RAW_BODY_TYPES) {
			if (raw.isInstance(body)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWrappableExchange(ServerWebExchange exchange) {
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		if (status != null && (!status.is2xxSuccessful() || status.value() == 204)) {
			return false;
		}
		Set<MediaType> producible = exchange.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		if (producible != null && !producible.isEmpty() && onlyStreaming(producible)) {
			return false;
		}
		// loops, not streams: this runs for every wrapped response
		for (MediaType accepted : exchange.getRequest().getHeaders().getAccept()) {
			if (isStreaming(accepted) && !accepted.isWildcardType()) {
				return false;
			}
		}
		return true;
	}

	private static boolean onlyStreaming(Set<MediaType> types) {
		for (MediaType type : types) {
			if (!isStreaming(type)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isStreaming(MediaType type) {
		for (MediaType streaming : STREAMING) {
			if (type.isCompatibleWith(streaming)) {
				return true;
			}
		}
		return false;
	}

	private static HandlerResult rewritten(HandlerResult result, Object value, MethodParameter returnType) {
		return new HandlerResult(result.getHandler(), value, returnType, result.getBindingContext());
	}

	private static MethodParameter returnTypeOf(String methodName) {
		Method method = ReflectionUtils.findMethod(WrappedReturnTypes.class, methodName);
		return new MethodParameter(method, -1);
	}

	/** How a handler method's results are wrapped. */
	private enum Wrapping {

		/** Left as they are. */
		NONE,

		/** The body, written by WebFlux's body result handler. */
		BODY,

		/** The entity's body, written by WebFlux's entity result handler. */
		ENTITY

	}

	/**
	 * The declared types of wrapped results, so WebFlux writes the envelope as a plain
	 * JSON tree.
	 */
	@ResponseBody
	private static final class WrappedReturnTypes {

		Mono<Object> wrappedBody() {
			return Mono.empty();
		}

		Mono<ResponseEntity<Object>> wrappedEntity() {
			return Mono.empty();
		}

	}

}
