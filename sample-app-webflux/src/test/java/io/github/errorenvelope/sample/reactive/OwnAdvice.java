package io.github.errorenvelope.sample.reactive;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An application's own exception handler, which must win over the starter as on Spring
 * MVC.
 */
@RestControllerAdvice
class OwnAdvice {

	@ExceptionHandler(TestEndpoints.TeapotException.class)
	ResponseEntity<Map<String, String>> teapot() {
		return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(Map.of("own", "handler"));
	}

}
