package io.github.errorenvelope.adoption;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A typical existing service the starter is added to, as the adoption section of the
 * README describes: its own {@code @RestControllerAdvice} with a {@code ProblemDetail}
 * catch-all ({@link ApiExceptionHandler}), a context path, a custom management base path,
 * CORS for a browser front end, Spring Security with HTTP Basic and
 * {@code @PreAuthorize}, Actuator and springdoc. Nothing in it mentions Error Envelope
 * except {@link VisitsUnavailableException}, written after the starter was added.
 */
@SpringBootApplication
public class ExistingServiceApplication {

}
