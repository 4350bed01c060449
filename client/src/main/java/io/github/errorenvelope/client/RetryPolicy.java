package io.github.errorenvelope.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * When a call answered with a "try again later" status is repeated, and after how long:
 * the {@code Retry-After} the server sent (seconds or HTTP date), else
 * {@code defaultDelay}. A delay longer than {@code maxDelay} is not waited for: the
 * caller gets the error response at once.
 *
 * @param maxAttempts the most times a call is sent, the first one included
 * @param maxDelay the longest wait before a repeat
 * @param defaultDelay the wait when the response has no {@code Retry-After}
 * @param statuses the statuses that are repeated (by default 429 and 503)
 * @param methods the methods that are repeated (by default the idempotent ones)
 */
public record RetryPolicy(int maxAttempts, Duration maxDelay, Duration defaultDelay, Set<Integer> statuses,
		Set<HttpMethod> methods) {

	/**
	 * The idempotent methods (RFC 9110 §9.2.2), the ones repeated unless configured
	 * otherwise.
	 */
	public static final Set<HttpMethod> IDEMPOTENT_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE, HttpMethod.PUT, HttpMethod.DELETE);

	/**
	 * The wait before repeating a call, if it is to be repeated.
	 * @param attemptsMade how many times the call has been sent
	 * @param method the call's method
	 * @param status the status it got
	 * @param headers the response headers
	 * @param clock the clock an HTTP-date {@code Retry-After} is measured against
	 * @return the wait, or empty when the response is final
	 */
	public Optional<Duration> delayBeforeRetry(int attemptsMade, HttpMethod method, int status, HttpHeaders headers,
			Clock clock) {
		if (attemptsMade >= this.maxAttempts || !this.statuses.contains(status) || !this.methods.contains(method)) {
			return Optional.empty();
		}
		Duration retryAfter = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), clock);
		Duration delay = (retryAfter != null) ? retryAfter : this.defaultDelay;
		return (delay.compareTo(this.maxDelay) > 0) ? Optional.empty() : Optional.of(delay);
	}

}
