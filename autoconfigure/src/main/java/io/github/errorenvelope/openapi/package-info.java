/**
 * springdoc integration: documents the error responses of each operation in the active
 * style's shape. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.openapi;

import org.jspecify.annotations.NullMarked;
