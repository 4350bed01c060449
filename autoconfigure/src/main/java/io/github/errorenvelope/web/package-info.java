/**
 * The servlet entry points (Spring MVC resolver, uncaught-error filter, error path
 * controller), the request-id filter, the success wrapper, and the stack-free steps both
 * web stacks share. Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.errorenvelope.web;

import org.jspecify.annotations.NullMarked;
