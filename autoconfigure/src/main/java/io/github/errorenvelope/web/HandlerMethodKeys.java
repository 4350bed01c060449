package io.github.errorenvelope.web;

import java.lang.reflect.Method;

/**
 * Keys for decisions taken once per handler method rather than per response: an inherited
 * handler method is seen from the class that serves it (its annotations can differ per
 * class); a method served by its own class is its own key.
 */
public final class HandlerMethodKeys {

	private HandlerMethodKeys() {
	}

	/**
	 * The key of a handler method as served by a class.
	 * @param containingClass the class serving the method
	 * @param method the method
	 * @return a key with value equality
	 */
	public static Object of(Class<?> containingClass, Method method) {
		return (containingClass == method.getDeclaringClass()) ? method : new Inherited(containingClass, method);
	}

	private record Inherited(Class<?> containingClass, Method method) {
	}

}
