package io.github.errorenvelope.test;

import java.util.List;

import io.github.errorenvelope.ErrorCode;
import io.github.errorenvelope.ErrorDetail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A small API whose errors the assertion tests read. */
@SpringBootApplication
public class AssertionsTestApplication {

	@RestController
	static class Orders {

		@GetMapping("/orders/{id}")
		String get(@PathVariable String id) {
			throw new OrderNotFound(id);
		}

		@PostMapping("/orders")
		String create(@Valid @RequestBody Order order) {
			return "created";
		}

		@PostMapping("/exports")
		String export() {
			throw new RateLimited();
		}

	}

	record Order(@NotBlank String name, @Valid List<Item> items) {
	}

	record Item(@Min(1) int quantity) {
	}

	@ErrorCode(value = "ORDER_NOT_FOUND", status = HttpStatus.NOT_FOUND)
	static class OrderNotFound extends RuntimeException {

		OrderNotFound(String id) {
			super("Order " + id + " does not exist.");
		}

	}

	@ErrorCode(value = "RATE_LIMITED", status = HttpStatus.TOO_MANY_REQUESTS)
	static class RateLimited extends RuntimeException {

		RateLimited() {
			super("Too many exports.");
		}

		@ErrorDetail(value = "retry_after", header = "Retry-After")
		public long getRetryAfter() {
			return 30;
		}

	}

}
