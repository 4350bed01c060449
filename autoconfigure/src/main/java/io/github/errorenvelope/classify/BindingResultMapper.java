package io.github.errorenvelope.classify;

import io.github.errorenvelope.ApiError;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;

/**
 * Maps {@code @Valid} failures ({@link MethodArgumentNotValidException},
 * {@link BindException}) to {@code VALIDATION_ERROR} with one violation per field;
 * request-body fields are named as the client sent them in JSON.
 */
public final class BindingResultMapper implements ErrorMapper {

	private final BodyFieldNames names;

	/**
	 * Create the mapper.
	 * @param names translates body paths to JSON names
	 */
	public BindingResultMapper(BodyFieldNames names) {
		this.names = names;
	}

	@Override
	public ApiError.@Nullable Builder map(Throwable exception) {
		if (!(exception instanceof BindException bind)) {
			return null;
		}
		boolean body = exception instanceof MethodArgumentNotValidException notValid
				&& (notValid.getParameter().hasParameterAnnotation(RequestBody.class)
						|| notValid.getParameter().hasParameterAnnotation(RequestPart.class));
		Object target = bind.getBindingResult().getTarget();
		return Violations.validationError(Violations.of(bind.getBindingResult(),
				(target != null) ? target.getClass() : null, body, this.names, ""));
	}

}
