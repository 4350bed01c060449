/**
 * Small helpers every other package may use (and that use none of them): the bounded
 * cache. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.util;

import org.jspecify.annotations.NullMarked;
