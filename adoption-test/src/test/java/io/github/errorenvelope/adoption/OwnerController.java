package io.github.errorenvelope.adoption;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service's API. */
@RestController
@RequestMapping("/api/owners")
public class OwnerController {

	private final OwnerSearch search;

	public OwnerController(OwnerSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	List<Owner> search(@RequestParam String lastName) {
		return this.search.byLastName(lastName);
	}

	@GetMapping
	ResponseEntity<List<Owner>> list(@RequestParam(defaultValue = "20") int limit) {
		return ResponseEntity.ok().header("X-Total-Count", "1").body(List.of(new Owner(1, "George Franklin")));
	}

	@GetMapping("/{id}")
	Owner owner(@PathVariable long id) {
		if (id != 1) {
			throw new OwnerNotFoundException(id);
		}
		return new Owner(1, "George Franklin");
	}

	@PostMapping
	ResponseEntity<Owner> create(@Valid @RequestBody OwnerForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Owner(2, form.name()));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable long id) {
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/visits")
	List<String> visits(@PathVariable long id) {
		throw new VisitsUnavailableException();
	}

	@GetMapping("/{id}/pets")
	List<String> pets(@PathVariable long id) {
		throw new IllegalStateException("pet store connection refused (jdbc:postgresql://db:5432/pets)");
	}

}
