/**
 * The built-in envelope styles: each renders a finished
 * {@link io.github.errorenvelope.ApiError} as a body tree, and writes the same body
 * straight to a JSON generator. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.style;

import org.jspecify.annotations.NullMarked;
