package io.github.errorenvelope.web;

import java.util.Collection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * A cross-origin response that lists the request-id header in
 * {@code Access-Control-Expose-Headers} as soon as the application's CORS handling admits
 * the request (sets {@code Access-Control-Allow-Origin}) — whoever does it: Spring MVC's
 * {@code @CrossOrigin} or {@code addCorsMappings}, a {@code CorsFilter} over a
 * {@code CorsConfigurationSource}, or Spring Security's {@code cors()}. Without it a
 * browser script cannot read the id, and in the styles without a body slot the header is
 * the only place the id is. A rejected cross-origin request gets nothing added.
 */
final class CorsExposedRequestIdResponse extends HttpServletResponseWrapper {

	private final String header;

	/**
	 * Wrap a response.
	 * @param response the response of a cross-origin request
	 * @param header the request-id header
	 */
	CorsExposedRequestIdResponse(HttpServletResponse response, String header) {
		super(response);
		this.header = header;
	}

	@Override
	public void setHeader(String name, String value) {
		if (HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS.equalsIgnoreCase(name)
				&& containsHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
			super.setHeader(name, withRequestId(value));
			return;
		}
		super.setHeader(name, value);
		exposeIfAdmitted(name);
	}

	@Override
	public void addHeader(String name, String value) {
		if (HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS.equalsIgnoreCase(name)) {
			// one merged list instead of a second header line next to the one added on
			// admission
			Collection<String> present = getHeaders(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS);
			if (present.size() == 1 && this.header.equalsIgnoreCase(present.iterator().next())) {
				super.setHeader(name, withRequestId(value));
				return;
			}
		}
		super.addHeader(name, value);
		exposeIfAdmitted(name);
	}

	private void exposeIfAdmitted(String name) {
		if (HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN.equalsIgnoreCase(name) && !isExposed()) {
			super.addHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, this.header);
		}
	}

	private boolean isExposed() {
		for (String value : getHeaders(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)) {
			if (lists(value, this.header)) {
				return true;
			}
		}
		return false;
	}

	private String withRequestId(String value) {
		if (value == null || value.isBlank()) {
			return this.header;
		}
		return lists(value, this.header) ? value : value + ", " + this.header;
	}

	private static boolean lists(String value, String header) {
		for (String token : value.split(",")) {
			if (token.trim().equalsIgnoreCase(header)) {
				return true;
			}
		}
		return false;
	}

}
