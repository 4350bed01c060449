package io.github.errorenvelope.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.github.errorenvelope.ErrorCode;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the concrete exception classes carrying {@link ErrorCode @ErrorCode} (directly or
 * inherited) in an application's packages, by reading class files rather than loading
 * every class.
 */
public final class ErrorCodeScanner {

	private ErrorCodeScanner() {
	}

	/**
	 * Scan packages for coded exception classes.
	 * @param packages the base packages (e.g. the application's auto-configuration
	 * packages)
	 * @param classLoader the class loader to load the matches with
	 * @return the classes, sorted by name
	 */
	public static List<Class<?>> scan(List<String> packages, ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}

		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(ErrorCode.class));
		scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
		return packages.stream()
			.flatMap(base -> scanner.findCandidateComponents(base).stream())
			.map(definition -> definition.getBeanClassName())
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.<Class<?>>map(name -> ClassUtils.resolveClassName(name, classLoader))
			.filter(Throwable.class::isAssignableFrom)
			.sorted(Comparator.comparing(Class::getName))
			.toList();
	}

}
