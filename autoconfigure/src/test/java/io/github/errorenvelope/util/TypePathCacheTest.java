package io.github.errorenvelope.util;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-type path cache computes a path's value once per type, and keeps computing,
 * without keeping, what comes beyond either bound.
 */
class TypePathCacheTest {

	private final List<String> computed = new ArrayList<>();

	private final TypePathCache<String> cache = new TypePathCache<>(2, 2, (type, path) -> {
		this.computed.add(type.getSimpleName() + ":" + path);
		return type.getSimpleName() + "." + path;
	});

	@Test
	void pathIsComputedOncePerType() {
		assertThat(this.cache.get(String.class, "name")).isEqualTo("String.name");
		assertThat(this.cache.get(String.class, "name")).isEqualTo("String.name");
		assertThat(this.cache.get(Integer.class, "name")).isEqualTo("Integer.name");
		assertThat(this.computed).containsExactly("String:name", "Integer:name");
	}

	@Test
	void pathsBeyondATypesShareAreComputedEachTime() {
		this.cache.get(String.class, "a");
		this.cache.get(String.class, "b");
		this.cache.get(String.class, "c");
		this.cache.get(String.class, "c");
		this.cache.get(String.class, "a");
		assertThat(this.computed).containsExactly("String:a", "String:b", "String:c", "String:c");
	}

	@Test
	void typesBeyondTheBoundAreComputedEachTime() {
		this.cache.get(String.class, "a");
		this.cache.get(Integer.class, "a");
		this.cache.get(Long.class, "a");
		this.cache.get(Long.class, "a");
		assertThat(this.cache.get(Long.class, "a")).isEqualTo("Long.a");
		assertThat(this.computed).containsExactly("String:a", "Integer:a", "Long:a", "Long:a", "Long:a");
	}

}
