package io.github.errorenvelope.testapp;

import java.util.Map;

import jakarta.validation.constraints.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;

/** Endpoints that provoke each framework error family. */
@RestController
public class ScenarioController {

	private final GreetingService greetings;

	public ScenarioController(GreetingService greetings) {
		this.greetings = greetings;
	}

	@PostMapping("/typed")
	public Map<String, Object> typed(@RequestBody TypedRequest request) {
		return Map.of("name", request.name());
	}

	@GetMapping("/codes")
	public Map<String, String> codes(@RequestParam @Pattern(regexp = "[A-Z]{3}") String code) {
		return Map.of("code", code);
	}

	@GetMapping("/service")
	public Map<String, String> service(@RequestParam String name, @RequestParam int times) {
		return Map.of("text", this.greetings.greet(name, times));
	}

	@GetMapping("/tenant")
	public Map<String, String> tenant(@RequestHeader("X-Tenant") String tenant) {
		return Map.of("tenant", tenant);
	}

	@GetMapping(value = "/xml-only", produces = "application/xml")
	public String xmlOnly() {
		return "<ok/>";
	}

	@PostMapping("/upload")
	public Map<String, Long> upload(@RequestPart("file") MultipartFile file) {
		return Map.of("size", file.getSize());
	}

	@GetMapping("/slow")
	public DeferredResult<String> slow() {
		return new DeferredResult<>(50L);
	}

	@PostMapping("/bulk")
	public Map<String, Integer> bulk(@jakarta.validation.Valid @RequestBody BulkRequest request) {
		return Map.of("lines", request.lines().size());
	}

	@PostMapping("/echo-failure")
	public Map<String, String> echoFailure(@RequestBody Map<String, String> body) {
		// a careless service that puts request data into an exception message
		throw new IllegalArgumentException("could not process value " + body.get("value"));
	}

	@GetMapping("/storm")
	public Map<String, String> storm() {
		throw new IllegalStateException("downstream pool exhausted");
	}

	@GetMapping("/ledger/{id}")
	public Map<String, String> ledger(@PathVariable String id) {
		// two failures of one class in one handler, told apart by their messages
		if (id.startsWith("cache")) {
			throw new IllegalStateException("ledger cache offline for entry " + id);
		}
		throw new IllegalStateException("ledger pool exhausted after " + id.length() + " attempts");
	}

	@GetMapping("/journal/{id}")
	public Map<String, String> journal(@PathVariable String id) {
		// the same failure as the ledger's, on another route
		throw new IllegalStateException("ledger pool exhausted after " + id.length() + " attempts");
	}

	@GetMapping("/method/admin")
	@PreAuthorize("hasRole('ADMIN')")
	public Map<String, String> methodAdmin() {
		return Map.of("secret", "admin");
	}

	@GetMapping("/method/authenticated")
	@PreAuthorize("isAuthenticated()")
	public Map<String, String> methodAuthenticated() {
		return Map.of("secret", "user");
	}

	@GetMapping({ "/secure/data", "/admin/data" })
	public Map<String, String> secured() {
		return Map.of("secret", "data");
	}

}
