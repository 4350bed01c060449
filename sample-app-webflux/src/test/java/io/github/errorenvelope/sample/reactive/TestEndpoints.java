package io.github.errorenvelope.sample.reactive;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.errorenvelope.RawResponse;
import io.github.errorenvelope.reactive.RequestIdWebFilter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Endpoints the tests need beside the sample's own: typed bodies, headers, content types,
 * streams.
 */
@RestController
class TestEndpoints {

	private static final Logger logger = LoggerFactory.getLogger(TestEndpoints.class);

	enum Status {

		OPEN, CLOSED

	}

	record Typed(@NotNull Integer count, Status status, @JsonProperty(required = true) String name) {
	}

	@PostMapping("/typed")
	Mono<Typed> typed(@RequestBody Typed typed) {
		return Mono.just(typed);
	}

	@GetMapping("/tenant")
	Mono<String> tenant(@RequestHeader("X-Tenant") String tenant) {
		return Mono.just(tenant);
	}

	@GetMapping(path = "/xml-only", produces = MediaType.APPLICATION_XML_VALUE)
	Mono<String> xmlOnly() {
		return Mono.just("<ok/>");
	}

	@GetMapping("/gone")
	Mono<String> gone() {
		return Mono.error(new ResponseStatusException(HttpStatus.GONE, "This resource was retired."));
	}

	@GetMapping("/stream-then-fail")
	Flux<Map<String, Integer>> streamThenFail() {
		return Flux.range(1, 3)
			.delayElements(Duration.ofMillis(20))
			.map((i) -> Map.of("n", i))
			.concatWith(Mono.error(new IllegalStateException("stream broke at db.internal")));
	}

	@GetMapping("/request-id")
	Mono<Map<String, String>> requestId() {
		// on another thread than the one that accepted the request: the MDC is restored
		// from the context
		return Mono.delay(Duration.ofMillis(10)).flatMap((tick) -> RequestIdWebFilter.currentRequestId()).map((id) -> {
			logger.info("handling request-id probe");
			return Map.of("context", id, "mdc", String.valueOf(MDC.get("requestId")));
		});
	}

	@GetMapping("/entity")
	Mono<ResponseEntity<Map<String, String>>> entity() {
		return Mono.just(ResponseEntity.accepted().header("X-Entity", "yes").body(Map.of("state", "queued")));
	}

	@GetMapping("/plain-entity")
	ResponseEntity<Map<String, String>> plainEntity() {
		return ResponseEntity.ok(Map.of("state", "done"));
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<Map<String, Integer>> events() {
		return Flux.range(1, 2).map((i) -> Map.of("n", i));
	}

	@GetMapping(path = "/ndjson", produces = MediaType.APPLICATION_NDJSON_VALUE)
	Flux<Map<String, Integer>> ndjson() {
		return Flux.range(1, 2).map((i) -> Map.of("n", i));
	}

	@GetMapping("/text")
	Mono<String> text() {
		return Mono.just("plain text");
	}

	@RawResponse
	@GetMapping("/raw")
	Mono<Map<String, String>> raw() {
		return Mono.just(Map.of("raw", "yes"));
	}

	@GetMapping("/nothing")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> nothing() {
		return Mono.empty();
	}

	@GetMapping("/search")
	Mono<String> search(@RequestParam int limit) {
		return Mono.just("limit " + limit);
	}

	@GetMapping("/teapot")
	Mono<String> teapot() {
		return Mono.error(new TeapotException());
	}

	@GetMapping("/teapot-later")
	Mono<String> teapotLater() {
		return Mono.defer(() -> Mono.error(new TeapotException()));
	}

	@GetMapping("/ledger")
	Mono<String> ledger() {
		return Mono.defer(() -> Mono.error(new IllegalStateException("ledger offline at 10.0.0.7")));
	}

	/**
	 * Answered by the application's own {@code @ExceptionHandler} ({@link OwnAdvice}),
	 * not the starter.
	 */
	static class TeapotException extends RuntimeException {

	}

	/** An application endpoint whose path merely looks like Actuator's: wrapped. */
	@GetMapping("/actuator-like/status")
	Mono<Map<String, String>> actuatorLike() {
		return Mono.just(Map.of("status", "mine"));
	}

	@GetMapping("/trace")
	Mono<Map<String, String>> trace() {
		// the trace and the request id as the handler sees them, after a thread hop
		return Mono.delay(Duration.ofMillis(5))
			.flatMap((tick) -> RequestIdWebFilter.currentRequestId())
			.map((id) -> Map.of("request_id", id, "mdc_trace_id", String.valueOf(MDC.get("traceId"))));
	}

}
