package io.github.errorenvelope.openapi;

import java.util.Set;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** Tells which security error statuses (401, 403) an operation can answer with. */
@FunctionalInterface
public interface OperationSecurity {

	/** No security on the classpath: no security errors. */
	OperationSecurity NONE = (handler, mappings) -> Set.of();

	/**
	 * The security statuses of an operation.
	 * @param handler the handler method
	 * @param mappings the request mappings that lead to it
	 * @return a subset of {@code {401, 403}}
	 */
	Set<Integer> statuses(HandlerMethod handler, Set<RequestMappingInfo> mappings);

}
