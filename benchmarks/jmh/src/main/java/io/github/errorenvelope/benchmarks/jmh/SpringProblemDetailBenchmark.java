package io.github.errorenvelope.benchmarks.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.errorenvelope.benchmarks.app.OrderNotFoundException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * A reference point for the rendering numbers: what the baseline app's hand-written
 * handler and Spring's own validation handling build (a {@link ProblemDetail}),
 * serialized the way Spring MVC writes it: through its Jackson message converter into an
 * output message. Spring's validation problem carries no field violations, so it does
 * less work by design.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpringProblemDetailBenchmark {

	private JacksonJsonHttpMessageConverter converter;

	private OrderNotFoundException coded;

	private MethodArgumentNotValidException validation;

	/** Build the serializer and the exceptions once. */
	@Setup
	public void setUp() {
		this.converter = new JacksonJsonHttpMessageConverter(new JsonMapper());
		this.coded = Fixtures.codedError();
		this.validation = Fixtures.tenViolations();
	}

	/**
	 * The baseline handler's problem for the coded 404, to JSON bytes.
	 * @return the body
	 * @throws IOException never in practice
	 */
	@Benchmark
	public byte[] codedError() throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, this.coded.getMessage());
		problem.setProperty("code", "ORDER_NOT_FOUND");
		problem.setProperty("order_id", this.coded.getOrderId());
		return toJson(problem);
	}

	/**
	 * Spring's problem for a {@code MethodArgumentNotValidException} (no field list), to
	 * JSON bytes.
	 * @return the body
	 * @throws IOException never in practice
	 */
	@Benchmark
	public byte[] validationError() throws IOException {
		return toJson(this.validation.updateAndGetBody(null, null));
	}

	private byte[] toJson(ProblemDetail problem) throws IOException {
		MockHttpOutputMessage message = new MockHttpOutputMessage();
		this.converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, message);
		return message.getBodyAsBytes();
	}

}
