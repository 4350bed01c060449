package io.github.errorenvelope.classify;

import java.lang.reflect.Method;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import io.github.errorenvelope.ApiError;
import io.github.errorenvelope.FieldViolation;
import io.github.errorenvelope.classify.jackson.JacksonBodyFieldNames;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body's violations are named and ordered the same however often the same
 * fields fail, and per body type: the positions and JSON names of property paths are
 * remembered by type and path, so two types with a property of the same Java name keep
 * their own order and their own JSON name, and indexed paths keep their indexes.
 */
class RepeatedBodyViolationsTest {

	private final BindingResultMapper mapper = new BindingResultMapper(new JacksonBodyFieldNames(
			JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()));

	@Test
	void sameFieldsFailingAgainGiveTheSameViolations() {
		for (int i = 0; i < 3; i++) {
			assertThat(fields(invalid(new Signup("", ""), "accessKey", "zip", "homeAddress.city")))
				.containsExactly("access_key", "home_address.city", "zip");
		}
	}

	@Test
	void propertiesOfTheSameJavaNameKeepTheirOwnTypesOrderAndName() {
		assertThat(fields(invalid(new Signup("", ""), "zip", "accessKey"))).containsExactly("access_key", "zip");
		assertThat(fields(invalid(new Device("", ""), "zip", "accessKey"))).containsExactly("zip", "key");
		assertThat(fields(invalid(new Signup("", ""), "zip", "accessKey"))).containsExactly("access_key", "zip");
	}

	@Test
	void indexedPathsKeepTheirIndexes() {
		for (int i = 0; i < 3; i++) {
			assertThat(
					fields(invalid(new Device("", ""), "parts[" + (i + 1) + "].partName", "parts[" + i + "].partName")))
				.containsExactly("parts[" + i + "].part_name", "parts[" + (i + 1) + "].part_name");
		}
	}

	private List<String> fields(MethodArgumentNotValidException exception) {
		ApiError.Builder error = this.mapper.map(exception);
		assertThat(error).isNotNull();
		return error.getViolations().stream().map(FieldViolation::field).toList();
	}

	private static MethodArgumentNotValidException invalid(Object body, String... fields) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(body, "body");
		for (String field : fields) {
			result.rejectValue(field, "NotBlank", "must not be blank");
		}
		return new MethodArgumentNotValidException(bodyParameter(), result);
	}

	private static MethodParameter bodyParameter() {
		try {
			Method handler = RepeatedBodyViolationsTest.class.getDeclaredMethod("handle", Object.class);
			return new MethodParameter(handler, 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unused")
	private void handle(@RequestBody Object body) {
	}

	/** A body whose access key comes first. */
	public static class Signup {

		private final String accessKey;

		private final Address homeAddress = new Address();

		private final String zip;

		Signup(String accessKey, String zip) {
			this.accessKey = accessKey;
			this.zip = zip;
		}

		public String getAccessKey() {
			return this.accessKey;
		}

		public Address getHomeAddress() {
			return this.homeAddress;
		}

		public String getZip() {
			return this.zip;
		}

	}

	/** A nested object. */
	public static class Address {

		public String getCity() {
			return "";
		}

	}

	/** A body whose access key comes last, under another JSON name. */
	public static class Device {

		private final String zip;

		private final List<Part> parts = List.of(new Part(), new Part(), new Part(), new Part());

		@JsonProperty("key")
		private final String accessKey;

		Device(String zip, String accessKey) {
			this.zip = zip;
			this.accessKey = accessKey;
		}

		public String getZip() {
			return this.zip;
		}

		public List<Part> getParts() {
			return this.parts;
		}

		public String getAccessKey() {
			return this.accessKey;
		}

	}

	/** A list element. */
	public static class Part {

		public String getPartName() {
			return "";
		}

	}

}
