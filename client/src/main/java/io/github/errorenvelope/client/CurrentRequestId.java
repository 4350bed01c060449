package io.github.errorenvelope.client;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The request id of the work the current thread is doing, to forward on outgoing calls:
 * the id the server-side starter gave the request being served (its request attribute),
 * else the SLF4J MDC entry, else the request-id header the request being served came
 * with. Only ids the server-side starter would trust (1–128 characters of
 * {@code [A-Za-z0-9._:-]}) are forwarded.
 */
public final class CurrentRequestId implements Supplier<String> {

	/** The request attribute in which the server-side starter keeps the request's id. */
	public static final String SERVER_ATTRIBUTE = "io.github.errorenvelope.web.RequestIds.ID";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private static final boolean MDC_PRESENT = ClassUtils.isPresent("org.slf4j.MDC", null);

	private static final boolean SERVLET_PRESENT = ClassUtils.isPresent("jakarta.servlet.http.HttpServletRequest",
			null);

	private final String header;

	private final String mdcKey;

	/**
	 * Create the source.
	 * @param header the request-id header of the request being served
	 * @param mdcKey the MDC key of the request id
	 */
	public CurrentRequestId(String header, String mdcKey) {
		this.header = header;
		this.mdcKey = mdcKey;
	}

	/** The MDC key read (also the Reactor context key WebClient calls look up first). */
	public String getMdcKey() {
		return this.mdcKey;
	}

	/**
	 * The current request id.
	 * @return the id, or {@code null} when the thread serves no request or the id is not
	 * safe to forward
	 */
	@Override
	public String get() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		String id = (attributes != null) ? fromRequest(attributes, false) : null;
		if (id == null && MDC_PRESENT) {
			id = MDC.get(this.mdcKey);
		}
		if (id == null && attributes != null) {
			id = fromRequest(attributes, true);
		}
		return safe(id);
	}

	private String fromRequest(RequestAttributes attributes, boolean header) {
		try {
			if (!header) {
				return asText(attributes.getAttribute(SERVER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
			}
			return (SERVLET_PRESENT && attributes instanceof ServletRequestAttributes servlet)
					? incomingHeader(servlet.getRequest()) : null;
		}
		catch (IllegalStateException ex) {
			// attributes handed to another thread outlived their request: nothing to
			// forward from it
			return null;
		}
	}

	private String incomingHeader(HttpServletRequest request) {
		return request.getHeader(this.header);
	}

	/**
	 * The id when it is safe to send as a header value, else {@code null}.
	 * @param id a candidate id
	 * @return the id or {@code null}
	 */
	public static String safe(String id) {
		return (id != null && SAFE.matcher(id).matches()) ? id : null;
	}

	private static String asText(Object value) {
		return (value instanceof String text) ? text : null;
	}

}
