package io.github.errorenvelope.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storm of identical 500s logs one stack trace and one short line per other request;
 * different failures in the same storm each log their own trace.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorStormTest {

	private static final int REQUESTS = 1000;

	@LocalServerPort
	int port;

	@Test
	void oneStackTracePerFailureThenOneLinePerRepeat(CapturedOutput output) throws Exception {
		Http http = new Http(this.port);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				String id = "storm-" + i;
				statuses.add(pool.submit(() -> http.get("/storm", "x-request-id", id).statusCode()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(500);
			}
		}
		finally {
			pool.shutdownNow();
		}
		String log = output.getOut();
		List<String> lines = log.lines().filter(line -> line.contains("GET /storm -> 500")).toList();
		assertThat(lines).hasSize(REQUESTS);
		assertThat(log.split("java.lang.IllegalStateException: downstream pool exhausted", -1)).hasSize(2);
		assertThat(lines.stream().filter(line -> line.contains("repeated failure #"))).hasSize(REQUESTS - 1);
		for (int i = 0; i < REQUESTS; i++) {
			String id = "[request_id=storm-" + i + "]";
			assertThat(lines.stream().filter(line -> line.contains(id))).as(id).hasSize(1);
		}
		assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThan(8192));
	}

	@Test
	void eachDifferentFailureLogsItsOwnTraceOnce(CapturedOutput output) throws Exception {
		Http http = new Http(this.port);
		String[] paths = { "/ledger/", "/ledger/cache-", "/journal/" };
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				String path = paths[i % paths.length] + i;
				String id = "mixed-" + i;
				statuses.add(pool.submit(() -> http.get(path, "x-request-id", id).statusCode()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(500);
			}
		}
		finally {
			pool.shutdownNow();
		}
		String log = output.getOut();
		List<String> traced = log.lines()
			.filter(line -> line.startsWith("java.lang.IllegalStateException: ledger"))
			.toList();
		assertThat(traced).hasSize(3);
		assertThat(traced.stream().filter(line -> line.contains("cache offline"))).hasSize(1);
		List<String> lines = log.lines()
			.filter(line -> line.contains("-> 500 INTERNAL_ERROR") && line.contains("mixed-"))
			.toList();
		assertThat(lines).hasSize(300);
		assertThat(lines.stream().filter(line -> line.contains("repeated failure #"))).hasSize(297);
		assertThat(lines.stream().filter(line -> line.contains("GET /journal/") && !line.contains("repeated")))
			.hasSize(1);
	}

}
