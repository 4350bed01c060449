package io.github.errorenvelope.web;

import java.net.http.HttpResponse;

import io.github.errorenvelope.support.Http;
import io.github.errorenvelope.support.Json;
import io.github.errorenvelope.testapp.ProductNotFoundException;
import io.github.errorenvelope.testapp.QuotaExceededException;
import io.github.errorenvelope.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own exception handling comes first: a controller's
 * {@code @ExceptionHandler} and an application {@code @RestControllerAdvice} answer what
 * they declare, everything else gets the envelope — also from handlers that are not
 * controller methods (functional routes).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = { TestApplication.class, ApplicationExceptionHandlersTest.ApplicationAdvice.class,
		ApplicationExceptionHandlersTest.LegacyController.class, ApplicationExceptionHandlersTest.Routes.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationExceptionHandlersTest {

	@LocalServerPort
	int port;

	@Test
	void applicationAdviceAnswersWhatItDeclares() {
		HttpResponse<String> response = new Http(this.port).get("/legacy/teapot");
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(response.body()).isEqualTo("advice: short and stout");
	}

	@Test
	void applicationAdviceWinsOverTheStartersCodes() {
		HttpResponse<String> response = new Http(this.port).get("/products/7");
		assertThat(response.statusCode()).isEqualTo(410);
		assertThat(response.body()).isEqualTo("advice: product 7 retired");
	}

	@Test
	void controllersOwnExceptionHandlerWins() {
		HttpResponse<String> response = new Http(this.port).get("/legacy/local");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).isEqualTo("controller: local rule");
	}

	@Test
	void whatNoApplicationHandlerDeclaresGetsTheEnvelope(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).get("/legacy/unhandled", "x-request-id", "app-500");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Json.parse(response.body()).path("error").path("code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(response.headers().firstValue("x-request-id")).hasValue("app-500");
		assertThat(output.getOut()).doesNotContain("Resolved [");
	}

	@Test
	void responseStatusAnnotationGetsTheEnvelopeNotABareSendError() {
		HttpResponse<String> response = new Http(this.port).get("/legacy/annotated", "x-request-id", "app-402");
		assertThat(response.statusCode()).isEqualTo(402);
		assertThat(Json.parse(response.body()).path("request_id").asString()).isEqualTo("app-402");
		assertThat(Json.parse(response.body()).path("error").path("message").asString()).isEqualTo("Pay first.");
	}

	@Test
	void functionalRouteFailureGetsTheEnvelopeLoggedOnce(CapturedOutput output) {
		HttpResponse<String> response = new Http(this.port).get("/functional/boom", "x-request-id", "fn-500");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Json.parse(response.body()).path("error").path("code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(response.body()).doesNotContain("route secret");
		assertThat(output.getOut().split("request_id=fn-500", -1)).hasSize(2);
	}

	@Test
	void functionalRouteCodedErrorGetsItsCodeAndHeaders() {
		HttpResponse<String> response = new Http(this.port).get("/functional/quota");
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(Json.parse(response.body()).path("error").path("code").asString()).isEqualTo("QUOTA_EXCEEDED");
	}

	@Test
	void applicationAdviceAppliesToFunctionalRoutesToo() {
		HttpResponse<String> response = new Http(this.port).get("/functional/products/7");
		assertThat(response.statusCode()).isEqualTo(410);
		assertThat(response.body()).isEqualTo("advice: product 7 retired");
	}

	/** A status-only exception of the application, without the starter's annotations. */
	@ResponseStatus(value = HttpStatus.PAYMENT_REQUIRED, reason = "Pay first.")
	static class PaymentRequiredException extends RuntimeException {

	}

	static class TeapotException extends RuntimeException {

	}

	static class LocalRuleException extends RuntimeException {

	}

	/** An application advice for two exceptions; it knows nothing of the starter. */
	@RestControllerAdvice
	static class ApplicationAdvice {

		@ExceptionHandler
		ResponseEntity<String> teapot(TeapotException exception) {
			return ResponseEntity.status(418).body("advice: short and stout");
		}

		@ExceptionHandler
		ResponseEntity<String> retired(ProductNotFoundException exception) {
			return ResponseEntity.status(410).body("advice: product 7 retired");
		}

	}

	/** A controller with its own local exception handler. */
	@RestController
	static class LegacyController {

		@GetMapping("/legacy/teapot")
		String teapot() {
			throw new TeapotException();
		}

		@GetMapping("/legacy/local")
		String local() {
			throw new LocalRuleException();
		}

		@GetMapping("/legacy/unhandled")
		String unhandled() {
			throw new UnsupportedOperationException("not yet");
		}

		@GetMapping("/legacy/annotated")
		String annotated() {
			throw new PaymentRequiredException();
		}

		@ExceptionHandler
		ResponseEntity<String> localRule(LocalRuleException exception) {
			return ResponseEntity.status(409).body("controller: local rule");
		}

	}

	/** Functional endpoints: their handlers are not controller methods. */
	static class Routes {

		@Bean
		RouterFunction<ServerResponse> functionalRoutes() {
			return RouterFunctions.route().GET("/functional/boom", request -> {
				throw new IllegalStateException("route secret");
			}).GET("/functional/products/{id}", request -> {
				throw new ProductNotFoundException(request.pathVariable("id"));
			}).GET("/functional/quota", request -> {
				throw new QuotaExceededException(30);
			}).build();
		}

	}

}
