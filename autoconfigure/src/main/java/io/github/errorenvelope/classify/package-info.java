/**
 * Classification: the {@link io.github.errorenvelope.classify.ErrorClassifier} and one
 * {@link io.github.errorenvelope.classify.ErrorMapper} per exception family turn an
 * exception or a bare status into an {@link io.github.errorenvelope.ApiError} draft.
 * Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.classify;

import org.jspecify.annotations.NullMarked;
