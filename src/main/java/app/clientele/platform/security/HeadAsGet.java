package app.clientele.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;

/**
 * Decides a HEAD request as its GET. HEAD is GET without the body (RFC 9110), and Spring MVC
 * serves HEAD wherever it serves GET; the role rules name GET only, so without this a HEAD fell
 * through every rule to {@link app.clientele.platform.UnknownPaths}, which refused it as a served
 * path no rule names. Applied to the rules as a whole, once per chain, so no rule needs to name HEAD.
 */
final class HeadAsGet implements ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> {

	@Override
	@SuppressWarnings("unchecked")
	public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rules) {
		AuthorizationManager<HttpServletRequest> headAsGet = (authentication, request) -> rules.authorize(authentication,
				"HEAD".equals(request.getMethod()) ? new AsGet(request) : request);
		return (O) headAsGet;
	}

	/** The request as the rules see it: its method GET, everything else its own. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}
	}
}
