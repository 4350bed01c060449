/**
 * Error Envelope's public API: the error model ({@link io.github.errorenvelope.ApiError},
 * {@link io.github.errorenvelope.FieldViolation}), the annotations for exceptions and
 * handlers, the canonical codes and types, and the two interfaces an application may
 * implement: {@link io.github.errorenvelope.EnvelopeStyle} and
 * {@link io.github.errorenvelope.ApiErrorCustomizer}. Values are non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope;

import org.jspecify.annotations.NullMarked;
