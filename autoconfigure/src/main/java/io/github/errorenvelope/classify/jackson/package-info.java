/**
 * What Jackson 3 tells about a request body it could not read: the failing field and the
 * names of body properties. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.classify.jackson;

import org.jspecify.annotations.NullMarked;
