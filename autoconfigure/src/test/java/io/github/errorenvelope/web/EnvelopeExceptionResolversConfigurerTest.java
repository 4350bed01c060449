package io.github.errorenvelope.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleMappingExceptionResolver;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Where the catch-all joins Spring MVC's exception resolvers, and what it answers. */
class EnvelopeExceptionResolversConfigurerTest {

	private final ServletErrorRenderer pipeline = mock(ServletErrorRenderer.class);

	@Test
	void joinsRightAfterTheExceptionHandlerMethodResolver() {
		ExceptionHandlerExceptionResolver methods = new ExceptionHandlerExceptionResolver();
		ResponseStatusExceptionResolver statuses = new ResponseStatusExceptionResolver();
		List<HandlerExceptionResolver> resolvers = new ArrayList<>(List.of(methods, statuses));
		new EnvelopeExceptionResolversConfigurer(this.pipeline, ExceptionPassThrough.NONE)
			.extendHandlerExceptionResolvers(resolvers);
		assertThat(resolvers).hasSize(3);
		assertThat(resolvers.get(0)).isSameAs(methods);
		assertThat(resolvers.get(2)).isSameAs(statuses);
	}

	@Test
	void goesLastWhenTheApplicationConfiguredResolversWithoutExceptionHandlerMethods() {
		SimpleMappingExceptionResolver own = new SimpleMappingExceptionResolver();
		List<HandlerExceptionResolver> resolvers = new ArrayList<>(List.of(own));
		new EnvelopeExceptionResolversConfigurer(this.pipeline, ExceptionPassThrough.NONE)
			.extendHandlerExceptionResolvers(resolvers);
		assertThat(resolvers).hasSize(2);
		assertThat(resolvers.get(0)).isSameAs(own);
	}

	@Test
	void answersThroughThePipeline() {
		HandlerExceptionResolver resolver = installed(ExceptionPassThrough.NONE);
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		IllegalStateException failure = new IllegalStateException("x");
		ModelAndView answer = resolver.resolveException(request, response, null, failure);
		assertThat(answer).isNotNull();
		assertThat(answer.isEmpty()).isTrue();
		verify(this.pipeline).handle(failure, request, response);
	}

	@Test
	void leavesHandedBackExceptionsUnanswered() {
		HandlerExceptionResolver resolver = installed((exception, request) -> true);
		ModelAndView answer = resolver.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(),
				null, new IllegalStateException("x"));
		assertThat(answer).isNull();
		verify(this.pipeline, never()).handle(any(), any(HttpServletRequest.class), any(HttpServletResponse.class));
	}

	private HandlerExceptionResolver installed(ExceptionPassThrough passThrough) {
		List<HandlerExceptionResolver> resolvers = new ArrayList<>();
		new EnvelopeExceptionResolversConfigurer(this.pipeline, passThrough).extendHandlerExceptionResolvers(resolvers);
		return resolvers.get(0);
	}

}
