package io.github.errorenvelope.catalog.added;

import io.github.errorenvelope.ErrorCode;

/** An exception added after the catalogue files were generated. */
@ErrorCode(value = "NEWLY_ADDED", status = 409)
public class NewlyAddedException extends RuntimeException {

}
