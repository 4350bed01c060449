/**
 * The Spring WebFlux entry points: the {@code WebExceptionHandler}, request-id, body-
 * limit and status-only filters, the success wrapper and the Spring Security handlers.
 * Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.reactive;

import org.jspecify.annotations.NullMarked;
