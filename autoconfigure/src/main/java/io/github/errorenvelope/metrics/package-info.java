/**
 * Micrometer metrics for error responses. Values are non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.metrics;

import org.jspecify.annotations.NullMarked;
