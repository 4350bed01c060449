package io.github.errorenvelope.robustness;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads mixing successes and errors (advice, filter, error dispatch): every response carries
 * its own request id in header, body and MDC, and nothing leaks between requests.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrencyTest {

	private static final int THREADS = 8;

	private static final int PER_THREAD = 250;

	@LocalServerPort
	int port;

	@Test
	void noRequestIdOrMdcValueLeaksIntoAnotherRequest() throws Exception {
		Round first = round("a");
		long heapAfterFirst = usedHeapAfterGc();
		Round second = round("b");
		long heapAfterSecond = usedHeapAfterGc();
		long growth = heapAfterSecond - heapAfterFirst;
		System.out.printf("Concurrency: %d requests, %d leaks, %d unexpected statuses, heap %d MB -> %d MB%n",
				2 * THREADS * PER_THREAD, first.leaks() + second.leaks(), first.errors() + second.errors(),
				heapAfterFirst >> 20, heapAfterSecond >> 20);
		assertThat(first.leaks() + second.leaks()).isZero();
		assertThat(first.errors() + second.errors()).isZero();
		// a second identical round must not keep memory: caches are bounded, nothing is retained per request
		assertThat(growth).as("heap growth over a second round").isLessThan(32L << 20);
	}

	private record Round(int leaks, int errors) {
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
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
					HttpResponse<String> response = switch (i % 5) {
						case 0 -> http.get("/mdc", "x-request-id", id);
						case 1 -> http.get("/products/" + i, "x-request-id", id);
						case 2 -> http.get("/greeting", "x-request-id", id, "X-Fail", "boom");
						case 3 -> http.get("/no/such/" + i, "x-request-id", id);
						default -> http.get("/greeting", "x-request-id", id);
					};
					if (!id.equals(response.headers().firstValue("x-request-id").orElse(null))) {
						leaks.incrementAndGet();
					}
					String body = response.body();
					if (i % 5 == 0 && !id.equals(Json.parse(body).get("mdc").asString())) {
						leaks.incrementAndGet();
					}
					if ((i % 5 == 1 || i % 5 == 2 || i % 5 == 3) && !id.equals(Json.parse(body).get("request_id").asString())) {
						leaks.incrementAndGet();
					}
					int expected = switch (i % 5) {
						case 1, 3 -> 404;
						case 2 -> 500;
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

}
