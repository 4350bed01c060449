package io.github.errorenvelope.client.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.errorenvelope.client.ErrorCodeExceptions;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Finds the exception classes annotated with {@code @ErrorCode} in packages, by
 * annotation name, so the client does not depend on the server-side module.
 */
final class ErrorCodeScanner {

	private ErrorCodeScanner() {
	}

	@SuppressWarnings("unchecked")
	static List<Class<? extends RuntimeException>> scan(Collection<String> packages, Environment environment,
			ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				environment) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}
		};
		scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
			.hasAnnotation(ErrorCodeExceptions.ERROR_CODE_ANNOTATION));
		List<Class<? extends RuntimeException>> found = new ArrayList<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader);
				if (RuntimeException.class.isAssignableFrom(type)) {
					found.add((Class<? extends RuntimeException>) type);
				}
			}
		}
		return found;
	}

}
