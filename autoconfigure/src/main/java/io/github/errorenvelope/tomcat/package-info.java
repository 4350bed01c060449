/**
 * Tomcat's error report valve replaced so that requests the container rejects itself get
 * the envelope. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.tomcat;

import org.jspecify.annotations.NullMarked;
