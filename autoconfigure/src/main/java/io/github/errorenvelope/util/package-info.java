/**
 * Small helpers every other package may use (and that use none of them): the bounded
 * cache.
 */
package io.github.errorenvelope.util;
