package io.github.errorenvelope.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Spring Security's answer for an operation: asks the application's filter chains whether
 * an anonymous caller (else 401) and an authenticated caller without authorities (else
 * 403) may call each mapped path, and treats method-security annotations as able to deny
 * both.
 */
public final class SpringSecurityOperationSecurity implements OperationSecurity {

	private static final List<String> METHOD_SECURITY = List.of(
			"org.springframework.security.access.prepost.PreAuthorize",
			"org.springframework.security.access.prepost.PostAuthorize",
			"org.springframework.security.access.annotation.Secured", "jakarta.annotation.security.RolesAllowed",
			"jakarta.annotation.security.DenyAll");

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("error-envelope-openapi",
			"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private static final Authentication AUTHENTICATED = UsernamePasswordAuthenticationToken.authenticated("user", null,
			List.of());

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;

	/**
	 * Create the check.
	 * @param evaluator the application's privilege evaluator (present once a filter chain
	 * exists)
	 */
	public SpringSecurityOperationSecurity(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
		this.evaluator = evaluator;
	}

	@Override
	public Set<Integer> statuses(HandlerMethod handler, Set<RequestMappingInfo> mappings) {
		Set<Integer> statuses = new TreeSet<>();
		if (hasMethodSecurity(handler.getMethod()) || hasMethodSecurity(handler.getBeanType())) {
			statuses.add(401);
			statuses.add(403);
		}
		WebInvocationPrivilegeEvaluator privileges = this.evaluator.getIfUnique();
		if (privileges == null) {
			return statuses;
		}
		for (RequestMappingInfo mapping : mappings) {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				String uri = pattern.replaceAll("\\{[^}]*}", "1");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (!privileges.isAllowed("", uri, method.name(), ANONYMOUS)) {
						statuses.add(401);
					}
					if (!privileges.isAllowed("", uri, method.name(), AUTHENTICATED)) {
						statuses.add(403);
					}
				}
			}
		}
		return statuses;
	}

	private static boolean hasMethodSecurity(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			if (METHOD_SECURITY.contains(annotation.annotationType().getName())) {
				return true;
			}
		}
		return false;
	}

}
