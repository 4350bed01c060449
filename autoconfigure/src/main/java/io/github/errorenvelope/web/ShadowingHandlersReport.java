package io.github.errorenvelope.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Says once, at startup, which of the application's exception handlers answer framework
 * errors before the envelope does — {@code @ExceptionHandler}s for {@code Exception},
 * {@code RuntimeException} or {@code Throwable}, {@code ResponseEntityExceptionHandler}
 * subclasses, Spring Boot's problem-details advice — because with them the service speaks
 * two error formats without anyone having decided so. One {@code WARN} line naming them
 * and how to resolve it.
 */
public final class ShadowingHandlersReport implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ShadowingHandlersReport.class);

	private final ApplicationContext context;

	private final boolean problemDetailsEnabled;

	private final boolean applicationFirst;

	/**
	 * Create the report.
	 * @param context the application context whose advices and controllers are inspected
	 * @param problemDetailsEnabled whether {@code spring.mvc.problemdetails.enabled} is
	 * on
	 * @param applicationFirst whether the application's handlers answer first (else there
	 * is nothing to report)
	 */
	public ShadowingHandlersReport(ApplicationContext context, boolean problemDetailsEnabled,
			boolean applicationFirst) {
		this.context = context;
		this.problemDetailsEnabled = problemDetailsEnabled;
		this.applicationFirst = applicationFirst;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.applicationFirst) {
			return;
		}
		List<String> shadowing = findShadowingHandlers();
		if (!shadowing.isEmpty()) {
			logger.warn(message(shadowing));
		}
	}

	/**
	 * The application's handlers that answer framework errors before the envelope,
	 * described for a reader: {@code Class.method(Exception)} or
	 * {@code Class (ResponseEntityExceptionHandler)}.
	 * @return the descriptions, in advice order then controller order; empty when there
	 * are none
	 */
	public List<String> findShadowingHandlers() {
		Set<String> found = new LinkedHashSet<>();
		for (ControllerAdviceBean advice : ControllerAdviceBean.findAnnotatedBeans(this.context)) {
			Class<?> type = advice.getBeanType();
			if (type == null) {
				continue;
			}
			if (ResponseEntityExceptionHandler.class.isAssignableFrom(type)) {
				found.add(ClassUtils.getUserClass(type).getSimpleName() + " (a ResponseEntityExceptionHandler"
						+ (this.problemDetailsEnabled ? ", as spring.mvc.problemdetails.enabled=true registers)"
								: ")"));
			}
			else {
				addCatchAlls(type, found);
			}
		}
		for (String name : this.context.getBeanNamesForAnnotation(Controller.class)) {
			Class<?> type = this.context.getType(name);
			if (type != null && !AopUtils.isAopProxy(type)) {
				addCatchAlls(type, found);
			}
		}
		return new ArrayList<>(found);
	}

	private static void addCatchAlls(Class<?> beanType, Set<String> found) {
		Class<?> type = ClassUtils.getUserClass(beanType);
		Map<Method, List<Class<?>>> handlers = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<List<Class<?>>>) method -> AnnotatedElementUtils
					.hasAnnotation(method, ExceptionHandler.class) ? CatchAllHandlers.declaredTypes(method) : null);
		handlers.forEach((method, declared) -> {
			for (Class<?> exceptionType : declared) {
				if (CatchAllHandlers.isGeneric(exceptionType)) {
					found
						.add(type.getSimpleName() + "." + method.getName() + "(" + exceptionType.getSimpleName() + ")");
					return;
				}
			}
		});
	}

	private static String message(List<String> shadowing) {
		return "Error Envelope: " + String.join(", ", shadowing) + ((shadowing.size() == 1) ? " answers" : " answer")
				+ " Spring MVC, Spring Security and Bean Validation errors (400 validation and malformed requests,"
				+ " 403 from method security, 404, 405, 406, 415) and @ErrorCode exceptions before the envelope,"
				+ " so those leave in the application's own format while other errors use the envelope."
				+ " Set error-envelope.precedence=envelope-first to answer them with the envelope (handlers for"
				+ " specific exception types still win) or narrow the catch-all; see the README section"
				+ " \"Adopting in an existing service\". Silence this with error-envelope.adoption.warn-shadowing=false.";
	}

}
