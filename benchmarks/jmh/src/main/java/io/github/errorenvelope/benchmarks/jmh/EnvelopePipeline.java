package io.github.errorenvelope.benchmarks.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.classify.BindingResultMapper;
import io.github.errorenvelope.classify.BodyFieldNames;
import io.github.errorenvelope.classify.ClassifierOptions;
import io.github.errorenvelope.classify.ConstraintViolationMapper;
import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.classify.ErrorMapper;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.FrameworkStatusMapper;
import io.github.errorenvelope.classify.MessageNotReadableMapper;
import io.github.errorenvelope.classify.MethodValidationMapper;
import io.github.errorenvelope.classify.MissingParameterMapper;
import io.github.errorenvelope.classify.SpringContractMapper;
import io.github.errorenvelope.classify.TypeMismatchMapper;
import io.github.errorenvelope.classify.jackson.JacksonBodyFieldNames;
import io.github.errorenvelope.classify.jackson.JacksonReadFailureInterpreter;
import io.github.errorenvelope.style.BuiltInStyle;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.web.ServletErrorRenderer;
import io.github.errorenvelope.web.ErrorLogPolicy;
import io.github.errorenvelope.web.ErrorLogger;
import io.github.errorenvelope.web.ClassifiedErrorSender;
import io.github.errorenvelope.web.ErrorResponseWriter;
import io.github.errorenvelope.web.RepeatedFailures;
import io.github.errorenvelope.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.DelegatingMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Error Envelope's pipeline wired the way {@code ErrorEnvelopeWebMvcAutoConfiguration}
 * wires it with default properties (same mappers in the same order, the message source of
 * an app without {@code messages.properties}, no customizers), minus the servlet
 * response: an exception goes in, the style's body tree comes out or its JSON body goes
 * to a stream the way the writer hands it to the response.
 */
public final class EnvelopePipeline {

	/** The request-id header, as configured by default. */
	public static final String REQUEST_ID_HEADER = "x-request-id";

	private final EnvelopeStyle style;

	private final ServletErrorRenderer handler;

	private final ErrorResponseWriter writer;

	private final MockHttpServletRequest request;

	private EnvelopePipeline(EnvelopeStyle style, String method, String path) {
		JsonMapper jsonMapper = new JsonMapper();
		BodyFieldNames names = new JacksonBodyFieldNames(jsonMapper);
		List<ErrorMapper> mappers = List.of(new BindingResultMapper(names), new MethodValidationMapper(names),
				new MessageNotReadableMapper(List.of(new JacksonReadFailureInterpreter())), new TypeMismatchMapper(),
				new MissingParameterMapper(), new FrameworkStatusMapper(), new ConstraintViolationMapper(),
				new SpringContractMapper());
		ErrorClassifier classifier = new ErrorClassifier(mappers, ClassifierOptions.defaults());
		this.style = style;
		this.writer = new ErrorResponseWriter(jsonMapper, style, REQUEST_ID_HEADER);
		ClassifiedErrorSender responder = new ClassifiedErrorSender(new ErrorMessages(new DelegatingMessageSource()),
				List.of(), new CodeFormatter(Map.of(), null, style), this.writer,
				new ErrorLogger(new ErrorLogPolicy(Map.of()), new RepeatedFailures(Duration.ofSeconds(60), 1024)),
				List.of());
		this.handler = new ServletErrorRenderer(classifier, new RequestIds(REQUEST_ID_HEADER, true), responder);
		// the request as the request-id filter leaves it: the id is already decided
		this.request = new MockHttpServletRequest(method, path);
		this.request.setAttribute(RequestIds.ATTRIBUTE, RequestIds.generate());
	}

	/**
	 * A pipeline for one built-in style.
	 * @param style the style name as in {@code error-envelope.style}, e.g.
	 * {@code nested-error}
	 * @param method the request method the errors are answered for
	 * @param path the request path the errors are answered for
	 * @return the pipeline
	 */
	public static EnvelopePipeline forStyle(String style, String method, String path) {
		BuiltInStyle builtIn = BuiltInStyle.valueOf(style.toUpperCase(Locale.ROOT).replace('-', '_'));
		return new EnvelopePipeline(builtIn.create(true, null), method, path);
	}

	/**
	 * Classify an exception into the error the client gets (code already formatted for
	 * the style).
	 * @param exception the exception
	 * @return the error
	 */
	public ApiError classify(Throwable exception) {
		return this.handler.toApiError(exception, this.request);
	}

	/**
	 * Classify and render an exception into the style's body tree.
	 * @param exception the exception
	 * @return the body tree
	 */
	public Object render(Throwable exception) {
		return this.style.render(classify(exception));
	}

	/**
	 * Classify, render and serialize an exception, then hand the body to a stream the way
	 * the writer hands it to the response.
	 * @param exception the exception
	 * @param out where the body goes (the response's stream in production)
	 * @return the body's length
	 * @throws IOException if serialization fails
	 */
	public int write(Throwable exception, OutputStream out) throws IOException {
		return this.writer.serialize(classify(exception), out::write);
	}

}
