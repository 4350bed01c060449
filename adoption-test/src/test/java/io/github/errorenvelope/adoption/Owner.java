package io.github.errorenvelope.adoption;

/** An owner as the API returns it. */
public record Owner(long id, String name) {

}
