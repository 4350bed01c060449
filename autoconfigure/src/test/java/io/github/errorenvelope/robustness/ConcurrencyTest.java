package io.github.errorenvelope.robustness;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.errorenvelope.classify.DeclarationOrder;
import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.InternalCaches;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads mixing successes and errors (advice, validation, filter, error dispatch,
 * 404s and 500s on ever new paths): every response carries its own request id in header,
 * body and MDC, and the starter keeps no memory per request. After two warm-up rounds,
 * neither of two stretches of five rounds each may grow the heap (measured after GC) by
 * three quarters of a kilobyte per request of any one kind of the mix — so one kind of
 * request that left 1 KB behind fails it, in both stretches — and no internal cache may
 * grow at all.
 */
@SpringBootTest(classes = { TestApplication.class, ConcurrencyTest.Metrics.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
// the storm of 500s fills the repeated-failure table: later tests of the same application
// must not find their failures already logged
@DirtiesContext
class ConcurrencyTest {

	private static final int THREADS = 8;

	private static final int PER_THREAD = 125;

	private static final int ROUND = THREADS * PER_THREAD;

	private static final int MEASURED_ROUNDS = 5;

	/** The kinds of request in the mix, each an eighth of a round. */
	private static final int KINDS = 8;

	/**
	 * Three quarters of the 1 KB a request may not leave behind: room for the
	 * measurement's noise (a fixed 100-200 KB of pools and buffers settling), none for a
	 * 1 KB leak of one kind of request.
	 */
	private static final long ALLOWED_BYTES_PER_REQUEST = 768;

	private static final String INVALID_JOB = "{\"name\":\"" + "x".repeat(60)
			+ "\",\"parameters\":{\"credentials\":{}}}";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noRequestIdOrMdcValueLeaksAndNoRequestLeavesMemoryBehind() throws Exception {
		// two rounds fill every lazily built structure (pools, JIT-compiled paths,
		// caches) before measuring
		Round warmUp = round("w").plus(round("v"));
		long heapAfterWarmUp = usedHeapAfterGc();
		Map<String, Integer> cachesAfterWarmUp = cacheSizes();
		int leaks = warmUp.leaks();
		int errors = warmUp.errors();
		// two measured stretches of the same requests: memory kept per request grows the
		// heap in both, while pools and buffers settling once (a fixed 100-500 KB) show
		// in
		// one of them at most
		long[] growth = new long[2];
		long heapBefore = heapAfterWarmUp;
		for (int stretch = 0; stretch < growth.length; stretch++) {
			for (int r = 0; r < MEASURED_ROUNDS; r++) {
				Round round = round("r" + stretch + r);
				leaks += round.leaks();
				errors += round.errors();
			}
			long heapAfter = usedHeapAfterGc();
			growth[stretch] = heapAfter - heapBefore;
			heapBefore = heapAfter;
		}
		Map<String, Integer> cachesAfterMeasured = cacheSizes();
		long measuredRequests = (long) MEASURED_ROUNDS * ROUND;
		long leastGrowth = Math.min(growth[0], growth[1]);
		System.out.printf(
				"Concurrency: %d requests, %d leaks, %d unexpected statuses, heap after GC %d KB, then %+d KB and "
						+ "%+d KB over two stretches of %d requests (%+d bytes per request at least), caches %s%n",
				2 * ROUND + 2 * measuredRequests, leaks, errors, heapAfterWarmUp >> 10, growth[0] >> 10,
				growth[1] >> 10, measuredRequests, leastGrowth / measuredRequests, cachesAfterMeasured);
		assertThat(leaks).isZero();
		assertThat(errors).isZero();
		// the allowance is counted on one kind's share, so 1 KB left by only one kind of
		// request fails too
		assertThat(leastGrowth)
			.as("heap growth over each of two stretches of %d requests after the warm-up: %s", measuredRequests,
					Arrays.toString(growth))
			.isLessThan(measuredRequests / KINDS * ALLOWED_BYTES_PER_REQUEST);
		// the check sees the caches the mix fills (a cache added later is found the same
		// way)
		assertThat(cachesAfterWarmUp).containsKeys("ErrorLogPolicy.byExceptionCache", "ExceptionMappings.cache",
				"ErrorMessages.keys", "ErrorMetrics.codes");
		assertThat(cachesAfterWarmUp)
			.hasEntrySatisfying("RepeatedFailures.recent", size -> assertThat(size).isPositive())
			.hasEntrySatisfying("CodeFormatter.formatted", size -> assertThat(size).isPositive())
			.hasEntrySatisfying("ErrorDetails.accessors", size -> assertThat(size).isPositive())
			.hasEntrySatisfying("DeclarationOrder.FIELDS", size -> assertThat(size).isPositive())
			.hasEntrySatisfying("JacksonBodyFieldNames.properties", size -> assertThat(size).isPositive());
		assertThat(cachesAfterMeasured).as("internal cache sizes").isEqualTo(cachesAfterWarmUp);
	}

	private Map<String, Integer> cacheSizes() {
		List<Object> roots = new ArrayList<>(this.context.getBeansOfType(Object.class).values());
		roots.add(DeclarationOrder.class);
		return InternalCaches.sizes(roots);
	}

	private record Round(int leaks, int errors) {

		Round plus(Round other) {
			return new Round(this.leaks + other.leaks, this.errors + other.errors);
		}

	}

	private static long usedHeapAfterGc() throws InterruptedException {
		long previous = Long.MAX_VALUE;
		long used = 0;
		// collect until the figure settles: finalizers and reference queues free more on
		// a later pass
		for (int i = 0; i < 10; i++) {
			System.gc();
			Thread.sleep(100);
			used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			if (Math.abs(previous - used) < 64 * 1024) {
				break;
			}
			previous = used;
		}
		return used;
	}

	private Round round(String name) throws Exception {
		Http http = new Http(this.port);
		AtomicInteger leaks = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			work.add(pool.submit(() -> {
				for (int i = 0; i < PER_THREAD; i++) {
					String id = "c-" + name + "-" + thread + "-" + i;
					int kind = i % KINDS;
					HttpResponse<String> response = switch (kind) {
						case 0 -> http.get("/mdc", "x-request-id", id);
						case 1 -> http.get("/products/" + i, "x-request-id", id);
						case 2 -> http.get("/greeting", "x-request-id", id, "X-Fail", "boom");
						case 3 -> http.get("/no/such/" + i, "x-request-id", id);
						case 4 -> http.get("/search?limit=0", "x-request-id", id);
						case 5 -> http.postJson("/jobs", INVALID_JOB, "x-request-id", id);
						case 6 -> http.get("/ledger/" + thread + "-" + i, "x-request-id", id);
						default -> http.get("/greeting", "x-request-id", id);
					};
					if (!id.equals(response.headers().firstValue("x-request-id").orElse(null))) {
						leaks.incrementAndGet();
					}
					String body = response.body();
					if (kind == 0 && !id.equals(Json.parse(body).get("mdc").asString())) {
						leaks.incrementAndGet();
					}
					if (kind >= 1 && kind <= 6 && !id.equals(Json.parse(body).get("request_id").asString())) {
						leaks.incrementAndGet();
					}
					int expected = switch (kind) {
						case 1, 3 -> 404;
						case 2, 6 -> 500;
						case 4, 5 -> 400;
						default -> 200;
					};
					if (response.statusCode() != expected) {
						errors.incrementAndGet();
					}
				}
			}));
		}
		for (Future<?> done : work) {
			done.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();
		return new Round(leaks.get(), errors.get());
	}

	/** A registry, so that the metrics' bounded tag sets are among the caches checked. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Metrics {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
