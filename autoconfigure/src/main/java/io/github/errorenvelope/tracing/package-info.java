/**
 * The trace id of Micrometer Tracing's current span, for the request id. Values are non-
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.tracing;

import org.jspecify.annotations.NullMarked;
