package io.github.errorenvelope.robustness;

import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.classify.DeclarationOrder;
import io.github.errorenvelope.classify.ErrorDetails;
import io.github.errorenvelope.classify.ErrorMessages;
import io.github.errorenvelope.classify.ExceptionMappings;
import io.github.errorenvelope.classify.jackson.JacksonBodyFieldNames;
import io.github.errorenvelope.metrics.ErrorMetrics;
import io.github.errorenvelope.style.CodeFormatter;
import io.github.errorenvelope.style.NestedErrorStyle;
import io.github.errorenvelope.support.InternalCaches;
import io.github.errorenvelope.web.ErrorLogPolicy;
import io.github.errorenvelope.web.RepeatedFailures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.bytebuddy.ByteBuddy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.LogLevel;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each internal cache stays bounded however many distinct keys it is fed: 5,000 distinct
 * exception classes (generated hidden classes) for the caches keyed by class, 10,000
 * distinct codes or routes for the ones keyed by text. The largest bound of any cache is
 * 4,096 entries.
 */
class InternalCachesTest {

	private static final int LARGEST_BOUND = 4096;

	private static final int CLASSES = 5_000;

	private static final int TEXTS = 10_000;

	private static final List<Class<? extends RuntimeException>> EXCEPTION_TYPES = new ArrayList<>();

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void generateExceptionClasses() throws IllegalAccessException {
		// one class file, defined again and again as hidden classes: each definition is a
		// new class
		byte[] failure = new ByteBuddy().subclass(RuntimeException.class)
			.name(InternalCachesTest.class.getPackageName() + ".GeneratedFailure")
			.make()
			.getBytes();
		MethodHandles.Lookup lookup = MethodHandles.lookup();
		for (int i = 0; i < CLASSES; i++) {
			EXCEPTION_TYPES
				.add((Class<? extends RuntimeException>) lookup.defineHiddenClass(failure, true).lookupClass());
		}
	}

	private static RuntimeException instanceOf(Class<? extends RuntimeException> type) {
		try {
			return type.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertBounded(Object owner, int distinctKeysFed) {
		Map<String, Integer> sizes = InternalCaches.sizes(List.of(owner));
		assertThat(sizes).isNotEmpty();
		assertThat(sizes).allSatisfy((cache,
				size) -> assertThat(size).as(cache).isLessThanOrEqualTo(LARGEST_BOUND).isLessThan(distinctKeysFed));
	}

	@Test
	void exceptionMappingsByClass() {
		ExceptionMappings mappings = new ExceptionMappings(
				Map.of("java.lang.IllegalStateException", new ExceptionMappings.Mapping(409, "CONFLICT", null, null)));
		EXCEPTION_TYPES.forEach(mappings::find);
		assertBounded(mappings, CLASSES);
	}

	@Test
	void errorDetailsByClass() {
		ErrorDetails details = new ErrorDetails();
		EXCEPTION_TYPES.forEach(type -> details.apply(instanceOf(type), ApiError.builder(500)));
		assertBounded(details, CLASSES);
	}

	@Test
	void logLevelsByClass() {
		ErrorLogPolicy policy = new ErrorLogPolicy(Map.of("java.lang.IllegalStateException", LogLevel.WARN));
		EXCEPTION_TYPES.forEach(type -> policy.levelFor(500, instanceOf(type)));
		assertBounded(policy, CLASSES);
	}

	@Test
	void declarationOrderByClass() {
		for (Class<?> type : EXCEPTION_TYPES) {
			DeclarationOrder.sort(new ArrayList<>(List.of("b", "a")), type, path -> path);
		}
		assertBounded(DeclarationOrder.class, CLASSES);
	}

	@Test
	void jsonFieldNamesByClass() {
		JacksonBodyFieldNames names = new JacksonBodyFieldNames(JsonMapper.builder().build());
		EXCEPTION_TYPES.forEach(type -> names.toJsonPath(type, "message"));
		assertBounded(names, CLASSES);
	}

	@Test
	void declarationOrderByPath() {
		for (int i = 0; i < TEXTS; i++) {
			DeclarationOrder.sort(new ArrayList<>(List.of("field" + i + ".name", "items[" + i + "].name")),
					InternalCachesTest.class, path -> path);
		}
		assertBounded(DeclarationOrder.class, TEXTS);
	}

	@Test
	void jsonFieldNamesByPath() {
		JacksonBodyFieldNames names = new JacksonBodyFieldNames(JsonMapper.builder().build());
		for (int i = 0; i < TEXTS; i++) {
			names.toJsonPath(InternalCachesTest.class, "field" + i + ".name");
			names.toJsonPath(InternalCachesTest.class, "items[" + i + "].name");
		}
		assertBounded(names, TEXTS);
	}

	@Test
	void formattedCodes() {
		CodeFormatter codes = new CodeFormatter(Map.of(), CodeCase.LOWER_SNAKE, new NestedErrorStyle());
		for (int i = 0; i < TEXTS; i++) {
			codes.format("CODE_" + i);
		}
		assertBounded(codes, TEXTS);
	}

	@Test
	void messageKeys() {
		ErrorMessages messages = new ErrorMessages(new StaticMessageSource());
		for (int i = 0; i < TEXTS; i++) {
			messages.translate(ApiError.builder(400).code("CODE_" + i), List.of(), Locale.ROOT);
		}
		assertBounded(messages, TEXTS);
	}

	@Test
	void metricTagValues() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ErrorMetrics metrics = new ErrorMetrics(registry);
		for (int i = 0; i < TEXTS; i++) {
			metrics.onError(ApiError.builder(400).code("CODE_" + i).type("type_" + i).build(), null);
		}
		assertBounded(metrics, TEXTS);
	}

	@Test
	void repeatedFailureSignatures() {
		RepeatedFailures repeats = new RepeatedFailures(Duration.ofMinutes(1), 1024);
		for (int i = 0; i < TEXTS; i++) {
			repeats.record(new IllegalStateException("failed"), "/route/" + i, "id-" + i);
		}
		assertBounded(repeats, TEXTS);
		assertThat(repeats.size()).isLessThanOrEqualTo(1024);
	}

}
