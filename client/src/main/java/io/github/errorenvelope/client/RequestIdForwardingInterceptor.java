package io.github.errorenvelope.client;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Sends the {@link CurrentRequestId} as the request-id header of outgoing
 * {@code RestClient} and {@code RestTemplate} calls, so one id follows a request across
 * services. A header the caller set itself is left alone.
 */
public final class RequestIdForwardingInterceptor implements ClientHttpRequestInterceptor {

	private final String header;

	private final CurrentRequestId currentRequestId;

	/**
	 * Create the interceptor.
	 * @param header the header to send the id in
	 * @param currentRequestId where the id comes from
	 */
	public RequestIdForwardingInterceptor(String header, CurrentRequestId currentRequestId) {
		this.header = header;
		this.currentRequestId = currentRequestId;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!request.getHeaders().containsHeader(this.header)) {
			String id = this.currentRequestId.get();
			if (id != null) {
				request.getHeaders().set(this.header, id);
			}
		}
		return execution.execute(request, body);
	}

}
