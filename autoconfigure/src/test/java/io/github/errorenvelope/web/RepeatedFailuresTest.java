package io.github.errorenvelope.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.errorenvelope.web.RepeatedFailures.Repeat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The table behind "one stack trace per failure per window". */
class RepeatedFailuresTest {

	private final AtomicLong now = new AtomicLong(1_000);

	private final RepeatedFailures table = new RepeatedFailures(Duration.ofSeconds(60), 16, this.now::get);

	@Test
	void firstOccurrenceLogsTheTraceRepeatsNameItAndCount() {
		assertThat(this.table.record(new IllegalStateException("pool 1 exhausted"), "/a", "id-1")).isNull();
		assertThat(this.table.record(new IllegalStateException("pool 2 exhausted"), "/a", "id-2"))
			.isEqualTo(new Repeat("id-1", 2));
		assertThat(this.table.record(new IllegalStateException("pool 3 exhausted"), "/a", "id-3"))
			.isEqualTo(new Repeat("id-1", 3));
	}

	@Test
	void differentFailuresEachLogTheirTrace() {
		assertThat(this.table.record(new IllegalStateException("pool exhausted"), "/a", "id-1")).isNull();
		assertThat(this.table.record(new IllegalStateException("cache offline"), "/a", "id-2")).isNull();
		assertThat(this.table.record(new IllegalStateException("pool exhausted"), "/b", "id-3")).isNull();
		assertThat(this.table.record(new IllegalStateException("cache offline"), "/a", "id-4"))
			.isEqualTo(new Repeat("id-2", 2));
	}

	@Test
	void theTraceIsLoggedAgainOnceTheWindowHasPassed() {
		assertThat(this.table.record(new IllegalStateException("down"), "/a", "id-1")).isNull();
		this.now.addAndGet(Duration.ofSeconds(60).toNanos());
		assertThat(this.table.record(new IllegalStateException("down"), "/a", "id-2")).isEqualTo(new Repeat("id-1", 2));
		this.now.addAndGet(1);
		assertThat(this.table.record(new IllegalStateException("down"), "/a", "id-3")).isNull();
		assertThat(this.table.record(new IllegalStateException("down"), "/a", "id-4")).isEqualTo(new Repeat("id-3", 2));
	}

	@Test
	void aZeroWindowLogsEveryTrace() {
		RepeatedFailures always = new RepeatedFailures(Duration.ZERO, 16);
		for (int i = 0; i < 5; i++) {
			assertThat(always.record(new IllegalStateException("down"), "/a", "id-" + i)).isNull();
		}
		assertThat(always.size()).isZero();
	}

	@Test
	void memoryStaysBoundedWhateverTheFailureMix() {
		for (int i = 0; i < 10_000; i++) {
			this.table.record(new IllegalStateException("failure kind " + (char) ('a' + i % 26) + i % 7),
					"/r" + (i % 97), "id-" + i);
			assertThat(this.table.size()).isLessThanOrEqualTo(16);
		}
	}

	@Test
	void aStormFromManyThreadsLogsOneTraceAndCountsEveryRepeat() throws Exception {
		RepeatedFailures shared = new RepeatedFailures(Duration.ofSeconds(60), 1024);
		int threads = 8;
		int perThread = 2_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<List<Repeat>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					start.await();
					List<Repeat> seen = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						seen.add(shared.record(new IllegalStateException("down"), "/a", thread + "-" + i));
					}
					return seen;
				}));
			}
			start.countDown();
			List<Repeat> all = new ArrayList<>();
			for (Future<List<Repeat>> result : results) {
				all.addAll(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(all.stream().filter(repeat -> repeat == null)).hasSize(1);
			List<Long> counts = all.stream().filter(repeat -> repeat != null).map(Repeat::count).sorted().toList();
			assertThat(counts).hasSize(threads * perThread - 1);
			assertThat(counts).doesNotHaveDuplicates().startsWith(2L).endsWith((long) threads * perThread);
			assertThat(all.stream().filter(repeat -> repeat != null).map(Repeat::firstRequestId).distinct()).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
