package io.github.errorenvelope.catalog.added;

import io.github.errorenvelope.ErrorCode;

import org.springframework.http.HttpStatus;

/** An exception added after the catalogue files were generated. */
@ErrorCode(value = "NEWLY_ADDED", status = HttpStatus.CONFLICT)
public class NewlyAddedException extends RuntimeException {

}
