package io.github.errorenvelope.reactive;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Lets Micrometer context propagation restore the request id from the Reactor context
 * into the SLF4J MDC, so log lines written while a reactive request is processed carry it
 * (as Spring Boot does for trace ids with
 * {@code spring.reactor.context-propagation=auto}). Registered with the global
 * {@link ContextRegistry} while its application context runs.
 */
public final class RequestIdMdcAccessor implements ThreadLocalAccessor<String>, InitializingBean, DisposableBean {

	private final String mdcKey;

	/**
	 * Create the accessor.
	 * @param mdcKey the MDC key the id is written under
	 */
	public RequestIdMdcAccessor(String mdcKey) {
		this.mdcKey = mdcKey;
	}

	@Override
	public Object key() {
		return RequestIdWebFilter.CONTEXT_KEY;
	}

	@Override
	public String getValue() {
		return MDC.get(this.mdcKey);
	}

	@Override
	public void setValue(String value) {
		MDC.put(this.mdcKey, value);
	}

	@Override
	public void setValue() {
		MDC.remove(this.mdcKey);
	}

	@Override
	public void afterPropertiesSet() {
		ContextRegistry.getInstance().registerThreadLocalAccessor(this);
	}

	@Override
	public void destroy() {
		ContextRegistry.getInstance().removeThreadLocalAccessor(key());
	}

}
