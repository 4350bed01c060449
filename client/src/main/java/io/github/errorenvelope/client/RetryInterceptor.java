package io.github.errorenvelope.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Repeats {@code RestClient} and {@code RestTemplate} calls as the {@link RetryPolicy}
 * says.
 */
public final class RetryInterceptor implements ClientHttpRequestInterceptor {

	private final RetryPolicy policy;

	private final Clock clock;

	/**
	 * Create the interceptor.
	 * @param policy when and after how long to repeat
	 * @param clock the clock {@code Retry-After} dates are measured against
	 */
	public RetryInterceptor(RetryPolicy policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		// interceptors further down the chain may add headers; every send starts from the
		// same ones
		HttpHeaders original = HttpHeaders.copyOf(request.getHeaders());
		for (int attempt = 1;; attempt++) {
			if (attempt > 1) {
				request.getHeaders().clear();
				request.getHeaders().putAll(original);
			}
			ClientHttpResponse response = execution.execute(request, body);
			Optional<Duration> delay = this.policy.delayBeforeRetry(attempt, request.getMethod(),
					response.getStatusCode().value(), response.getHeaders(), this.clock);
			if (delay.isEmpty()) {
				return response;
			}
			response.close();
			try {
				Thread.sleep(delay.get().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting to retry " + request.getURI());
			}
		}
	}

}
