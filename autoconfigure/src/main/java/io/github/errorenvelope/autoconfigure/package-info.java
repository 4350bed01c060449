/**
 * The Spring Boot auto-configurations that wire the starter's beans, and the {@code
 * error-envelope.*} configuration properties. Values are non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.autoconfigure;

import org.jspecify.annotations.NullMarked;
