/**
 * The Spring Security (servlet) entry point and access-denied handler that answer with
 * the envelope. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.security;

import org.jspecify.annotations.NullMarked;
