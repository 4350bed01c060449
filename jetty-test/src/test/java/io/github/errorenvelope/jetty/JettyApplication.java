package io.github.errorenvelope.jetty;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.github.errorenvelope.ErrorCode;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application that runs on Jetty: Tomcat is excluded from the starter, Jetty's starter
 * added.
 */
@SpringBootApplication
public class JettyApplication {

	@RestController
	static class ItemController {

		@GetMapping("/items/{id}")
		Map<String, String> item(@PathVariable String id) {
			throw new ItemNotFoundException(id);
		}

		@PostMapping("/items")
		Map<String, String> create(@Valid @RequestBody NewItem item) {
			return Map.of("name", item.name());
		}

	}

	record NewItem(@NotBlank String name) {
	}

	@ErrorCode(value = "ITEM_NOT_FOUND", status = HttpStatus.NOT_FOUND)
	static class ItemNotFoundException extends RuntimeException {

		ItemNotFoundException(String id) {
			super("Item " + id + " does not exist.");
		}

	}

}
