package io.github.errorenvelope.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code Retry-After} header value: delay seconds or an HTTP date (RFC 9110
 * §10.2.3).
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * The delay a {@code Retry-After} value asks for.
	 * @param value the header value, may be {@code null}
	 * @param clock the clock an HTTP date is measured against
	 * @return the delay (zero for a date in the past), or {@code null} when absent or
	 * unreadable
	 */
	public static Duration parse(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(text));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		try {
			ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration delay = Duration.between(clock.instant(), at.toInstant());
			return delay.isNegative() ? Duration.ZERO : delay;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
