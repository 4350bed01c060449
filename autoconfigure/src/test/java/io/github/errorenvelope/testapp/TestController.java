package io.github.errorenvelope.testapp;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.slf4j.MDC;

import io.github.errorenvelope.RawResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class TestController {

	@GetMapping("/products/{id}")
	public Map<String, String> product(@PathVariable String id) {
		throw new ProductNotFoundException(id);
	}

	@PostMapping("/jobs")
	public Map<String, String> createJob(@Valid @RequestBody CreateJobRequest request) {
		return Map.of("name", String.valueOf(request.name()));
	}

	@GetMapping("/search")
	public List<String> search(@RequestParam @Min(1) @Max(100) int limit) {
		return List.of("a", "b");
	}

	@GetMapping("/quota")
	public String quota() {
		throw new QuotaExceededException(30);
	}

	@GetMapping("/boom")
	public String boom() {
		throw new IllegalStateException("secret connection string jdbc:postgresql://db.internal");
	}

	@GetMapping("/gone")
	public String gone() {
		throw new ResponseStatusException(HttpStatus.GONE, "This endpoint was retired.");
	}

	@GetMapping("/mdc")
	public Map<String, String> mdc() {
		return Map.of("mdc", String.valueOf(MDC.get("requestId")), "traceId", String.valueOf(MDC.get("traceId")));
	}

	@GetMapping("/greeting")
	public Map<String, String> greeting() {
		return Map.of("text", "hello");
	}

	@GetMapping("/text")
	public String text() {
		return "plain";
	}

	@RawResponse
	@GetMapping("/raw")
	public Map<String, String> raw() {
		return Map.of("text", "raw");
	}

	@GetMapping("/empty")
	public ResponseEntity<Void> empty() {
		return ResponseEntity.noContent().build();
	}

}
