package io.github.errorenvelope.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Retry-After} in both of its forms. */
class RetryAfterTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T18:00:00Z"), ZoneOffset.UTC);

	@Test
	void seconds() {
		assertThat(RetryAfter.parse("120", this.clock)).isEqualTo(Duration.ofSeconds(120));
		assertThat(RetryAfter.parse(" 0 ", this.clock)).isEqualTo(Duration.ZERO);
	}

	@Test
	void httpDate() {
		assertThat(RetryAfter.parse("Fri, 04 Dec 2026 18:00:45 GMT", this.clock)).isEqualTo(Duration.ofSeconds(45));
		assertThat(RetryAfter.parse("Fri, 04 Dec 2026 17:00:00 GMT", this.clock)).isEqualTo(Duration.ZERO);
	}

	@Test
	void absentOrUnreadable() {
		assertThat(RetryAfter.parse(null, this.clock)).isNull();
		assertThat(RetryAfter.parse("soon", this.clock)).isNull();
		assertThat(RetryAfter.parse("-5", this.clock)).isNull();
		assertThat(RetryAfter.parse("99999999999999999999999", this.clock)).isNull();
	}

}
