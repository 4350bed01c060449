/**
 * The error catalogue: the codes an application can answer with, collected from
 * {@code @ErrorCode} and the built-in errors, served by the actuator endpoint and written
 * as files. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.catalog;

import org.jspecify.annotations.NullMarked;
