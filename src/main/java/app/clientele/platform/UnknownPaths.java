package app.clientele.platform;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The last rule of every security chain, for requests no module's {@link AccessRules} named:
 * a signed-in caller may go on to a path that no controller serves for its method, so that it
 * hears "not found" (or "method not allowed") instead of "your role does not allow this";
 * everything a controller serves stays denied unless a rule names it. Callers who are not
 * signed in are refused as before (401, or the sign-in page), whatever the path: which paths
 * exist is not told to strangers.
 * <p>
 * Nothing runs for a request let through here: Spring MVC finds no handler and answers 404 (or
 * 405 where only another method is served). The mappings are read on first use, once the
 * application has them all.
 */
@Component
public class UnknownPaths implements AuthorizationManager<RequestAuthorizationContext> {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final ApplicationContext context;
	private volatile @Nullable List<RequestMappingInfo> mappings;

	UnknownPaths(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext request) {
		// OPTIONS matches no handler's method condition, so it would pass for every served path and
		// list its methods: nothing here answers OPTIONS (no CORS), so it is refused.
		boolean options = "OPTIONS".equals(request.getRequest().getMethod());
		return new AuthorizationDecision(!options && TRUST.isAuthenticated(authentication.get())
				&& !served(request.getRequest()));
	}

	/** Whether a controller serves this path with this method (HEAD counts as GET, as Spring MVC has it). */
	boolean served(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (RequestMappingInfo info : mappings()) {
			var paths = info.getPathPatternsCondition();
			boolean pathMatches = paths == null || paths.getPatterns().stream().anyMatch((PathPattern p) -> p.matches(path));
			if (pathMatches && info.getMethodsCondition().getMatchingCondition(request) != null) {
				return true;
			}
		}
		return false;
	}

	private List<RequestMappingInfo> mappings() {
		List<RequestMappingInfo> known = mappings;
		if (known == null) {
			known = List.copyOf(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
					.getHandlerMethods().keySet());
			mappings = known;
		}
		return known;
	}
}
